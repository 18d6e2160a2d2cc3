/**
 * SLA clocks at work. The decisions are plain functions of a clock's state, its rule and an
 * instant: {@link io.harmsway.sla.clock.Attention} (what is due now, when next) and
 * {@link io.harmsway.sla.clock.ClockMachine} (met, cancelled, paused, resumed, re-dated).
 * {@link io.harmsway.sla.clock.CaseEventInterpreter} decides what a case event does to the clocks,
 * over a {@link io.harmsway.sla.clock.ClockBook} and a {@link io.harmsway.sla.clock.CaseBook}: the
 * keeper gives it the stored ones, a backtest simulated ones. The sweep takes clocks whose next
 * moment of attention has come, in batches, and raises warnings, breaches and escalations exactly
 * once; the desk takes officers' pauses, resumptions and acknowledgements. Every path hands its
 * transition to {@link io.harmsway.sla.clock.ClockWriter}, the one writer of {@code sla_clock},
 * which changes the row and appends its events in the same transaction.
 */
package io.harmsway.sla.clock;
