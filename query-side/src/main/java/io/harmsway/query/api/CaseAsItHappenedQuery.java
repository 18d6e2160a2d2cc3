package io.harmsway.query.api;

/** A case in the order its actions happened (valid time), with every correction applied. */
public record CaseAsItHappenedQuery(String caseId) {
}
