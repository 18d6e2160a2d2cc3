package io.harmsway.query.api;

/** Every recorded event of a case, in the order the actions happened. */
public record CaseTimelineQuery(String caseId) {
}
