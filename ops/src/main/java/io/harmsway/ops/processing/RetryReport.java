package io.harmsway.ops.processing;

import java.util.List;

/**
 * What a retry did: the cases whose parked events were all applied, in order, and those still
 * parked (failed again: see their cause; or being retried elsewhere at that moment).
 */
public record RetryReport(String group, List<String> completed, List<String> stillParked) {
}
