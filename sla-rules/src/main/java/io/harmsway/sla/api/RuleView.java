package io.harmsway.sla.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One version of a rule as the catalogue lists it. Triggers read as {@code EventName} or
 * {@code EventName when {field=value}}; {@code deadline} maps each risk grade to an amount of
 * {@code deadlineUnit}; warnings read {@code 50%} or {@code PT4H before the deadline} (with
 * {@code , in working hours} where the rule counts working days); escalation steps read
 * {@code role after PT24H}. {@code agency} is the agency that must act (POLICE, SOCIAL_CARE,
 * HEALTH, CPS): a partner's clock neither warns nor escalates, its breach goes to the investigator
 * to chase the partner.
 */
public record RuleView(String id, int version, LocalDate effectiveFrom, boolean inForce, String title,
                       String purpose, String sourceKind, String source, String agency, String subject, List<String> start,
                       List<String> stop, List<String> pause, List<String> resume, List<String> cancel,
                       List<String> extend, String deadlineUnit, Map<String, Long> deadline, List<String> warnings,
                       String warningTo, String breachTo, List<String> escalation) {
}
