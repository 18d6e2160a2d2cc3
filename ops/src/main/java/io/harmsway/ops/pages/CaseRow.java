package io.harmsway.ops.pages;

import io.harmsway.query.api.CaseSummary;

/**
 * A line of "My cases": the case, and what is due next on it (the open clock due soonest: its
 * rule, subject, due time in London and standing); {@code next} is null when no clock is open.
 */
public record CaseRow(CaseSummary summary, String title, NextDue next) {

    /** The clock due soonest of a case. */
    public record NextDue(String what, java.time.Instant due, String dueAt, String dueIso, ClockStanding standing,
                          int moreOpen) {
    }
}
