package io.harmsway.sla.api;

import java.util.List;
import java.util.Map;

/** The answer to {@link ClocksOfCasesQuery}: each case's clocks, oldest first. */
public record ClocksOfCases(Map<String, List<ClockView>> byCase) {

    public ClocksOfCases {
        byCase = Map.copyOf(byCase);
    }

    /** The case's clocks; none for a case that has none. */
    public List<ClockView> of(String caseId) {
        return byCase.getOrDefault(caseId, List.of());
    }
}
