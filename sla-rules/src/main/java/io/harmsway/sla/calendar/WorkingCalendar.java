package io.harmsway.sla.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Counts working days in England and Wales. Deadlines are counted in local (London) time, so a
 * deadline keeps the local time of day of its start whatever the season: a clock started on
 * Friday at 15:00 with one working day is due on Monday at 15:00 (or Tuesday after a bank holiday).
 */
public final class WorkingCalendar {

    public static final ZoneId ENGLAND_AND_WALES = ZoneId.of("Europe/London");

    private final Set<LocalDate> bankHolidays;

    public WorkingCalendar(Set<LocalDate> bankHolidays) {
        this.bankHolidays = Set.copyOf(bankHolidays);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !bankHolidays.contains(date);
    }

    /** The same local time of day, {@code workingDays} working days later. */
    public Instant plusWorkingDays(Instant start, long workingDays) {
        ZonedDateTime at = start.atZone(ENGLAND_AND_WALES);
        long left = workingDays;
        while (left > 0) {
            at = at.plusDays(1);
            if (isWorkingDay(at.toLocalDate())) {
                left--;
            }
        }
        return at.toInstant();
    }

    /** Calendar months in local time: 3 months from 31 May is 31 August, from 30 November is 28 or 29 February. */
    public Instant plusMonths(Instant start, long months) {
        return start.atZone(ENGLAND_AND_WALES).plusMonths(months).toInstant();
    }

    public Instant plusCalendarDays(Instant start, long days) {
        return start.atZone(ENGLAND_AND_WALES).plusDays(days).toInstant();
    }

    public int bankHolidayCount() {
        return bankHolidays.size();
    }
}
