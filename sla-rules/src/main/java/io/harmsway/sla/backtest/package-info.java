/**
 * Backtests: run one rule (in force, changed or new) over the recorded history and report what it
 * would have flagged, per case and when. Events are read from the event store in pages by global
 * index and judged in memory with the same clock logic the live keeper and sweep use; nothing is
 * written and no alert is raised.
 */
package io.harmsway.sla.backtest;
