package io.harmsway.ops.web.validation;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class PlausibleTimesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final PlausibleTimes times = new PlausibleTimes(Clock.fixed(NOW, ZoneOffset.UTC), Period.ofYears(10));

    @Test
    void acceptsEverythingFrom1900ToTheHorizon() {
        assertThat(times.problemWith(Instant.parse("1900-01-01T00:00:00Z"))).isEmpty();
        assertThat(times.problemWith(NOW)).isEmpty();
        assertThat(times.problemWith(Instant.parse("2036-03-02T09:00:00Z"))).isEmpty();
    }

    @Test
    void refusesTimesBefore1900() {
        assertThat(times.problemWith(Instant.parse("1899-12-31T23:59:59Z"))).get().asString().startsWith("is before 1900");
        assertThat(times.problemWith(Instant.parse("0000-01-01T00:00:00Z"))).isPresent();
        assertThat(times.problemWith(Instant.MIN)).isPresent();
    }

    @Test
    void refusesTimesBeyondTheHorizonCountedFromNow() {
        assertThat(times.problemWith(Instant.parse("2036-03-02T09:00:01Z")))
                .hasValue("is after 2036-03-02T09:00:00Z (2036-03-02T09:00:01Z): nothing in a case lies that far ahead");
        assertThat(times.problemWith(Instant.MAX)).isPresent();
    }
}
