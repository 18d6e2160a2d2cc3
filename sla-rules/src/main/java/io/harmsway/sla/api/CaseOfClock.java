package io.harmsway.sla.api;

import java.util.Optional;

/** The answer to {@link CaseOfClockQuery}: the clock's case, or none for a clock that does not exist. */
public record CaseOfClock(String caseId) {

    public Optional<String> known() {
        return Optional.ofNullable(caseId);
    }
}
