package io.harmsway.sla.clock;

import io.harmsway.cases.api.RiskGrade;
import io.harmsway.sla.calendar.WorkingCalendar;
import io.harmsway.sla.rules.SlaRule;

import java.time.Duration;
import java.time.Instant;

/**
 * When a clock is due, from its start: the rule's deadline for the risk grade, then any
 * extensions in the rule's unit, then the time it spent paused.
 */
public final class DueDates {

    private final WorkingCalendar calendar;

    public DueDates(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    public Instant dueAt(SlaRule rule, Instant startedAt, RiskGrade risk, long extendedUnits, Duration pausedTotal) {
        Instant due = rule.dueAt(startedAt, risk, calendar);
        if (extendedUnits > 0) {
            due = rule.deadline().unit().add(due, extendedUnits, calendar);
        }
        return due.plus(pausedTotal);
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    public Instant dueAt(SlaRule rule, ClockState clock) {
        return dueAt(rule, clock.startedAt(), clock.risk(), clock.extendedUnits(), clock.pausedTotal());
    }
}
