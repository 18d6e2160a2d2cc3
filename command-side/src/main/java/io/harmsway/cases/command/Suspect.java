package io.harmsway.cases.command;

import io.harmsway.cases.api.RecordSuspectInterview;
import io.harmsway.cases.api.SuspectInterviewed;
import org.axonframework.modelling.command.EntityId;

import java.time.Instant;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A suspect within a case, known by a stable id such as {@code suspect-1}. */
class Suspect {

    @EntityId
    private final String suspectId;
    private final Instant identifiedAt;

    Suspect(String suspectId, Instant identifiedAt) {
        this.suspectId = suspectId;
        this.identifiedAt = identifiedAt;
    }

    /** Value equality over all state, so Axon's fixtures can check that sourcing rebuilds the same suspect. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Suspect that && suspectId.equals(that.suspectId)
                && identifiedAt.equals(that.identifiedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(suspectId, identifiedAt);
    }

    void recordInterview(RecordSuspectInterview command) {
        TimeGuard.notBefore(command.occurredAt(), identifiedAt, "the suspect was identified");
        apply(new SuspectInterviewed(command.caseId(), suspectId, command.underCaution(), command.occurredAt()));
    }
}
