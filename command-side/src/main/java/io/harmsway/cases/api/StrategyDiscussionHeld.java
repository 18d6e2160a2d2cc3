package io.harmsway.cases.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.Set;

/** A strategy discussion was held with these agencies, and what it decided. */
@Revision("1")
public record StrategyDiscussionHeld(String caseId,
                                     Set<Agency> agencies,
                                     boolean doctorPresent,
                                     String decision,
                                     Instant occurredAt) implements CaseEvent {

    public StrategyDiscussionHeld {
        agencies = agencies == null ? Set.of() : Set.copyOf(agencies);
    }
}
