package io.harmsway.sla.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Counts working days in England and Wales. Deadlines are counted in local (London) time, so a
 * deadline keeps the local time of day of its start whatever the season: a clock started on
 * Friday at 15:00 with one working day is due on Monday at 15:00 (or Tuesday after a bank holiday).
 * Working hours (09:00 to 17:00 London time unless configured) say when a warning on a clock
 * counted in working days reaches someone at work.
 */
public final class WorkingCalendar {

    public static final ZoneId ENGLAND_AND_WALES = ZoneId.of("Europe/London");
    public static final LocalTime DEFAULT_DAY_STARTS = LocalTime.of(9, 0);
    public static final LocalTime DEFAULT_DAY_ENDS = LocalTime.of(17, 0);

    private final Set<LocalDate> bankHolidays;
    private final LocalTime dayStarts;
    private final LocalTime dayEnds;

    public WorkingCalendar(Set<LocalDate> bankHolidays) {
        this(bankHolidays, DEFAULT_DAY_STARTS, DEFAULT_DAY_ENDS);
    }

    public WorkingCalendar(Set<LocalDate> bankHolidays, LocalTime dayStarts, LocalTime dayEnds) {
        if (!dayStarts.isBefore(dayEnds)) {
            throw new IllegalArgumentException("the working day must start (" + dayStarts + ") before it ends ("
                    + dayEnds + ")");
        }
        this.bankHolidays = Set.copyOf(bankHolidays);
        this.dayStarts = dayStarts;
        this.dayEnds = dayEnds;
    }

    /** The same bank holidays with other working hours. */
    public WorkingCalendar withWorkingHours(LocalTime starts, LocalTime ends) {
        return new WorkingCalendar(bankHolidays, starts, ends);
    }

    /** {@code moment} itself when it falls in working hours of a working day, else the start of the next. */
    public Instant nextWorkingMoment(Instant moment) {
        ZonedDateTime at = moment.atZone(ENGLAND_AND_WALES);
        LocalTime time = at.toLocalTime();
        if (isWorkingDay(at.toLocalDate()) && !time.isBefore(dayStarts) && time.isBefore(dayEnds)) {
            return moment;
        }
        LocalDate day = at.toLocalDate();
        if (!isWorkingDay(day) || !time.isBefore(dayStarts)) {
            day = day.plusDays(1);
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
        }
        return day.atTime(dayStarts).atZone(ENGLAND_AND_WALES).toInstant();
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
