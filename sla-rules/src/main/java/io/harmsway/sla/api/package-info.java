/**
 * The SLA module's messages. Every clock transition is an event in the case's history (started,
 * paused, resumed, due date changed, warned, breached, escalated, acknowledged, met, met time
 * corrected, cancelled, faulted), so an auditor sees when each alert was raised, who acknowledged
 * it and how each clock ended. Commands act on clocks; queries read the catalogue, a case's
 * clocks, or a backtest of a rule over the recorded history.
 */
package io.harmsway.sla.api;
