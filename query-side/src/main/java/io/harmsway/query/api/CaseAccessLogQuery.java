package io.harmsway.query.api;

/** Who read a case, newest first (at most the latest 1,000). */
public record CaseAccessLogQuery(String caseId) {
}
