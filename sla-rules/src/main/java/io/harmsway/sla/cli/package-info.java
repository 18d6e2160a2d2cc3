/**
 * The SLA module's command line: list the rule catalogue, or backtest a rule file over the recorded
 * history with a progress bar. Plain Java over the same classes the application uses; run it with
 * the {@code sla} script at the repository root.
 */
package io.harmsway.sla.cli;
