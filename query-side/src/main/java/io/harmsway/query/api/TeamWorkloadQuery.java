package io.harmsway.query.api;

/** What each officer of a team holds now: one {@link OfficerWorkload} per officer with open cases. */
public record TeamWorkloadQuery(String team) {
}
