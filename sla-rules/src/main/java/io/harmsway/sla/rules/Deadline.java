package io.harmsway.sla.rules;

import io.harmsway.cases.api.RiskGrade;
import io.harmsway.sla.calendar.WorkingCalendar;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** How long a clock may run, per risk grade of the child: higher risk, shorter time. */
public record Deadline(DeadlineUnit unit, Map<RiskGrade, Long> amounts) {

    public Deadline {
        amounts = Map.copyOf(new EnumMap<>(amounts));
    }

    public Instant dueAt(Instant startedAt, RiskGrade risk, WorkingCalendar calendar) {
        return unit.add(startedAt, amount(risk), calendar);
    }

    public long amount(RiskGrade risk) {
        return amounts.get(risk == null ? RiskGrade.STANDARD : risk);
    }

    /** Whether the risk grade changes the deadline (only then does a re-assessment move due dates). */
    public boolean graded() {
        return amounts.values().stream().distinct().count() > 1;
    }
}
