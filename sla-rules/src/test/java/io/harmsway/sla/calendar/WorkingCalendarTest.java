package io.harmsway.sla.calendar;

import io.harmsway.sla.rules.Rules;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingCalendarTest {

    final WorkingCalendar calendar = Rules.CALENDAR;

    @Test
    void aWorkingDayAfterFridayIsMondayAtTheSameTime() {
        Instant friday = Instant.parse("2026-03-06T15:00:00Z");

        assertThat(calendar.plusWorkingDays(friday, 1)).isEqualTo(Instant.parse("2026-03-09T15:00:00Z"));
    }

    @Test
    void bankHolidaysAreSkipped() {
        Instant thursdayBeforeEaster = Instant.parse("2026-04-02T10:00:00Z");

        // Good Friday 3 April and Easter Monday 6 April 2026 are bank holidays.
        assertThat(calendar.plusWorkingDays(thursdayBeforeEaster, 1)).isEqualTo(Instant.parse("2026-04-07T10:00:00Z"));
    }

    @Test
    void localTimeOfDayIsKeptAcrossTheClockChange() {
        Instant friday = Instant.parse("2026-03-27T09:00:00Z"); // 09:00 GMT

        // Summer time starts on Sunday 29 March: 09:00 local is then 08:00 UTC.
        assertThat(calendar.plusWorkingDays(friday, 1)).isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
    }

    @Test
    void fifteenWorkingDaysAreThreeWeeksWithoutHolidays() {
        Instant monday = Instant.parse("2026-06-01T09:00:00Z");

        assertThat(calendar.plusWorkingDays(monday, 15)).isEqualTo(Instant.parse("2026-06-22T09:00:00Z"));
    }

    @Test
    void readsTheBankHolidayFileAndNamesAFaultyLine() {
        WorkingCalendar read = BankHolidays.read("h.csv", new StringReader("date,name\n2026-12-25,Christmas Day\n"));

        assertThat(read.isWorkingDay(LocalDate.parse("2026-12-25"))).isFalse();
        assertThat(read.isWorkingDay(LocalDate.parse("2026-12-24"))).isTrue();
        assertThatThrownBy(() -> BankHolidays.read("h.csv", new StringReader("date,name\n2026-12-25,x\n25/12/2026,y\n")))
                .hasMessageContaining("h.csv: line 3");
    }
}
