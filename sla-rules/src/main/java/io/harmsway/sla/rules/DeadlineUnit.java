package io.harmsway.sla.rules;

import io.harmsway.sla.calendar.WorkingCalendar;

import java.time.Duration;
import java.time.Instant;

/** How a rule counts its time. Working days skip weekends and England and Wales bank holidays. */
public enum DeadlineUnit {
    HOURS, CALENDAR_DAYS, WORKING_DAYS, MONTHS;

    public Instant add(Instant start, long amount, WorkingCalendar calendar) {
        return switch (this) {
            case HOURS -> start.plus(Duration.ofHours(amount));
            case CALENDAR_DAYS -> calendar.plusCalendarDays(start, amount);
            case WORKING_DAYS -> calendar.plusWorkingDays(start, amount);
            case MONTHS -> calendar.plusMonths(start, amount);
        };
    }

    public String words() {
        return name().toLowerCase().replace('_', ' ');
    }
}
