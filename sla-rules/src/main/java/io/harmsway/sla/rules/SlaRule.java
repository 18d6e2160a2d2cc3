package io.harmsway.sla.rules;

import io.harmsway.cases.api.CaseEvent;
import io.harmsway.cases.api.RiskGrade;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * One SLA rule: the event that starts its clock, the events that stop it, and the time allowed,
 * graded by the child's risk. {@code source} says why the rule exists.
 */
public record SlaRule(String id, int version, String title, String source, Subject subject,
                      String startedBy, Set<String> stoppedBy, Map<RiskGrade, Duration> allowed) {

    public boolean startsOn(CaseEvent event) {
        return startedBy.equals(event.getClass().getSimpleName());
    }

    public boolean stopsOn(CaseEvent event) {
        return stoppedBy.contains(event.getClass().getSimpleName());
    }

    public Instant dueAt(Instant startedAt, RiskGrade risk) {
        Duration time = allowed.get(risk);
        if (time == null) {
            throw new IllegalStateException("rule " + id + " has no deadline for risk " + risk);
        }
        return startedAt.plus(time);
    }
}
