package io.harmsway.sla.api;

import java.time.Instant;

/**
 * The working-day arithmetic the rules count with (England and Wales bank holidays, London time),
 * published for readers that judge "within a working day" the same way (the inspection figures).
 */
@FunctionalInterface
public interface WorkingDays {

    Instant plusWorkingDays(Instant start, long workingDays);
}
