package io.harmsway.query.api;

/**
 * A team's police breaches over the last {@code weeks} weeks (this week included; weeks run Monday to
 * Sunday, London time), counted against the team and officer that held the case when its deadline
 * passed, and how long each waited for a supervisor's acknowledgement.
 */
public record TeamBreachHistoryQuery(String team, int weeks) {

    public TeamBreachHistoryQuery {
        if (weeks < 1) {
            throw new IllegalArgumentException("a breach history covers at least one week, not " + weeks);
        }
    }
}
