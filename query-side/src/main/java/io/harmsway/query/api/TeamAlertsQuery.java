package io.harmsway.query.api;

/** The open delay alerts of a team: worst risk to the child first, then longest overdue. */
public record TeamAlertsQuery(String team) {
}
