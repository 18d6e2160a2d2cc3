/**
 * SLA clock messages. Every clock transition is an event in the case's history, so an auditor
 * sees when each clock started, when an alert was raised and how each clock ended.
 */
package io.harmsway.sla.api;
