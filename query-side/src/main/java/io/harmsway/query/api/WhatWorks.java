package io.harmsway.query.api;

import java.util.List;

/** "What works": outcomes against delays; no share is given where fewer than {@code minimumCases} cases lie behind it. */
public record WhatWorks(InspectionFilter filter, int minimumCases, long closedCases, List<WhatWorksRow> rows) {
}
