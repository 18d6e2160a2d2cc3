package io.harmsway.sla.api;

/** The SLA clocks of one case, running and stopped, oldest first. */
public record CaseClocksQuery(String caseId) {
}
