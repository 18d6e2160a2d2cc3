package io.harmsway.query.api;

import java.time.Duration;

/**
 * The cases of a team, or of all teams when {@code team} is null; most overdue first. With
 * {@code recordedLateBy}, only cases with an entry recorded at least that long after it happened.
 */
public record CaseListQuery(String team, Duration recordedLateBy) {

    public CaseListQuery(String team) {
        this(team, null);
    }
}
