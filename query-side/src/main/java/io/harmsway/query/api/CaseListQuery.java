package io.harmsway.query.api;

/** The cases of a team, or of all teams when {@code team} is null; most overdue first. */
public record CaseListQuery(String team) {
}
