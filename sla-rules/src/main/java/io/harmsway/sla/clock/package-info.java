/**
 * SLA clocks at work. The decisions are plain functions of a clock's state, its rule and an
 * instant: {@link io.harmsway.sla.clock.Attention} (what is due now, when next) and
 * {@link io.harmsway.sla.clock.ClockMachine} (met, cancelled, paused, resumed, re-dated). Around
 * them: the keeper starts and changes clocks as case events arrive; the sweep takes clocks whose
 * next moment of attention has come, in batches, and raises warnings, breaches and escalations
 * exactly once; the desk takes officers' pauses, resumptions and acknowledgements. Each writes the
 * clock row and the clock's events in the same transaction.
 */
package io.harmsway.sla.clock;
