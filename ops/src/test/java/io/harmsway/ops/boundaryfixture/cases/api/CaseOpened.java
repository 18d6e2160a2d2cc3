package io.harmsway.ops.boundaryfixture.cases.api;

public record CaseOpened(String caseId) {
}
