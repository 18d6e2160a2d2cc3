package io.harmsway.query.api;

/**
 * The open alerts of the cases an officer holds (the officer who opened the case, or the one it
 * was last transferred to): worst risk to the child first, then soonest or longest overdue.
 */
public record OfficerAlertsQuery(String officer) {
}
