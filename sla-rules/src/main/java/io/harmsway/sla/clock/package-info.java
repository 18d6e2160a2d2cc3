/**
 * SLA clocks at work: the keeper starts and stops clocks as case events arrive; the sweep takes
 * clocks whose next moment of attention has come, in batches, and raises what is due exactly once.
 * Both write the clock row and the clock's event in the same transaction.
 */
package io.harmsway.sla.clock;
