package io.harmsway.ops.pages;

import io.harmsway.sla.api.ClockView;

import java.time.Instant;

/**
 * How a clock stands for a person reading it now, and the GOV.UK tag colour that says so:
 * overdue in red, warned in amber, paused in grey, met in green, running in blue.
 */
public enum ClockStanding {
    OVERDUE("Overdue", "govuk-tag--red"),
    WARNING("Warning", "govuk-tag--yellow"),
    PAUSED("Paused", "govuk-tag--grey"),
    RUNNING("Running", "govuk-tag--blue"),
    MET("Met", "govuk-tag--green"),
    MET_LATE("Met late", "govuk-tag--orange"),
    CANCELLED("Cancelled", "govuk-tag--grey");

    private final String text;
    private final String tagClass;

    ClockStanding(String text, String tagClass) {
        this.text = text;
        this.tagClass = tagClass;
    }

    public String text() {
        return text;
    }

    public String tagClass() {
        return "govuk-tag " + tagClass;
    }

    public static ClockStanding of(ClockView clock, Instant now) {
        return switch (clock.state()) {
            case "MET" -> clock.breachedAt() != null ? MET_LATE : MET;
            case "CANCELLED" -> CANCELLED;
            default -> clock.pausedSince() != null ? PAUSED
                    : clock.breachedAt() != null || (clock.dueAt() != null && !clock.dueAt().isAfter(now)) ? OVERDUE
                    : clock.warningsRaised() > 0 ? WARNING : RUNNING;
        };
    }

    public boolean open() {
        return this == OVERDUE || this == WARNING || this == PAUSED || this == RUNNING;
    }
}
