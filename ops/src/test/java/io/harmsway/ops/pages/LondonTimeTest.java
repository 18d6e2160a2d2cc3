package io.harmsway.ops.pages;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Times typed on a form mean London's clock, and the two odd hours a year are never guessed. */
class LondonTimeTest {

    private final LondonTime time = new LondonTime(Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void aSummerTimeIsAnHourAheadOfUtc() {
        assertThat(time.read("21", "7", "2026", "14:30", null).instant())
                .hasValue(Instant.parse("2026-07-21T13:30:00Z"));
    }

    @Test
    void aWinterTimeIsUtc() {
        assertThat(time.read("1", "12", "2026", "9:05", null).instant()).hasValue(Instant.parse("2026-12-01T09:05:00Z"));
    }

    @Test
    void theHourTheClocksSkipInSpringIsRefusedSayingSo() {
        LondonTime.Reading reading = time.read("29", "3", "2026", "01:30", null);

        assertThat(reading.instant()).isEmpty();
        assertThat(reading.problem()).contains("did not happen in London").contains("clocks went forward");
    }

    @Test
    void theHourTheClocksRepeatInAutumnIsRefusedUntilThePassIsChosen() {
        LondonTime.Reading unsaid = time.read("25", "10", "2026", "01:30", null);

        assertThat(unsaid.instant()).isEmpty();
        assertThat(unsaid.ambiguous()).isTrue();
        assertThat(unsaid.problem()).contains("happened twice");
        assertThat(time.read("25", "10", "2026", "01:30", LondonTime.Pass.FIRST).instant())
                .hasValue(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(time.read("25", "10", "2026", "01:30", LondonTime.Pass.SECOND).instant())
                .hasValue(Instant.parse("2026-10-25T01:30:00Z"));
    }

    @Test
    void aDateThatDoesNotExistAndATimeThatIsNotOneAreRefused() {
        assertThat(time.read("31", "2", "2026", "10:00", null).problem()).contains("real date");
        assertThat(time.read("1", "2", "2026", "25:00", null).problem()).contains("24-hour clock");
        assertThat(time.read("", "2", "2026", "10:00", null).problem()).contains("day, month and year");
    }

    @Test
    void instantsInATextAreShownInLondonTime() {
        assertThat(time.inText("Clock started: suspect interview, due 2026-07-21T13:30:00Z"))
                .isEqualTo("Clock started: suspect interview, due Tue 21 Jul 2026, 14:30");
    }
}
