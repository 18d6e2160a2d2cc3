package io.harmsway.sla.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One version of a rule as the catalogue lists it. Triggers read as {@code EventName} or
 * {@code EventName when {field=value}}; {@code deadline} maps each risk grade to an amount of
 * {@code deadlineUnit}; escalation steps read {@code role after PT24H}.
 */
public record RuleView(String id, int version, LocalDate effectiveFrom, boolean inForce, String title,
                       String purpose, String sourceKind, String source, String subject, List<String> start,
                       List<String> stop, List<String> pause, List<String> resume, List<String> cancel,
                       List<String> extend, String deadlineUnit, Map<String, Long> deadline, List<Double> warnAt,
                       String warningTo, String breachTo, List<String> escalation) {
}
