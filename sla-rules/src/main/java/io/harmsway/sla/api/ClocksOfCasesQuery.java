package io.harmsway.sla.api;

import java.util.List;

/** The SLA clocks of each of a list of cases (a page of the case list), in one read: by case, oldest first. */
public record ClocksOfCasesQuery(List<String> caseIds) {

    public ClocksOfCasesQuery {
        caseIds = List.copyOf(caseIds);
    }
}
