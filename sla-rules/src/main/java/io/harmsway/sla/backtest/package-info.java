/**
 * Backtests: run one rule (in force, changed or new) over the recorded history and report what it
 * would have flagged, per case and when. Events are read from the event store in pages by global
 * index and replayed through the live keeper's own interpreter over simulated clocks and case
 * facts, with the sweep played at each moment a clock needed attention; nothing is written and no
 * alert is raised.
 */
package io.harmsway.sla.backtest;
