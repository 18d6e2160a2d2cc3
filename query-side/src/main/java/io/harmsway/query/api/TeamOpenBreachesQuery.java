package io.harmsway.query.api;

/**
 * A team's open breaches (escalated ones included) counted by rule and by the officer who holds the
 * case now: the same breaches its supervisor's inbox shows.
 */
public record TeamOpenBreachesQuery(String team) {
}
