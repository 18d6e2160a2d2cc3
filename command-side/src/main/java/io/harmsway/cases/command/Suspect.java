package io.harmsway.cases.command;

import io.harmsway.cases.api.BailExtended;
import io.harmsway.cases.api.BailSuspect;
import io.harmsway.cases.api.ChargingDecisionMade;
import io.harmsway.cases.api.ChargingOutcome;
import io.harmsway.cases.api.EliminateSuspect;
import io.harmsway.cases.api.ExtendBail;
import io.harmsway.cases.api.RecordChargingDecision;
import io.harmsway.cases.api.RecordSuspectArrest;
import io.harmsway.cases.api.RecordSuspectInterview;
import io.harmsway.cases.api.ReferToCps;
import io.harmsway.cases.api.ReferredToCps;
import io.harmsway.cases.api.ReleaseUnderInvestigation;
import io.harmsway.cases.api.SuspectArrested;
import io.harmsway.cases.api.SuspectBailed;
import io.harmsway.cases.api.SuspectCommand;
import io.harmsway.cases.api.SuspectEliminated;
import io.harmsway.cases.api.SuspectInterviewed;
import io.harmsway.cases.api.SuspectReleasedUnderInvestigation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

import java.time.Instant;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A suspect within a case, known by a stable id such as {@code suspect-1}. Nothing about a
 * suspect predates their identification, and nothing follows their elimination.
 */
class Suspect {

    @EntityId
    private final String suspectId;
    private Instant identifiedAt;
    private boolean eliminated;
    private Instant bailEndsAt;

    Suspect(String suspectId, Instant identifiedAt) {
        this.suspectId = suspectId;
        this.identifiedAt = identifiedAt;
    }

    @CommandHandler
    void handle(RecordSuspectArrest command) {
        checkActionOn(command);
        apply(new SuspectArrested(command.caseId(), suspectId, command.occurredAt()));
    }

    @CommandHandler
    void handle(RecordSuspectInterview command) {
        checkActionOn(command);
        apply(new SuspectInterviewed(command.caseId(), suspectId, command.underCaution(), command.occurredAt()));
    }

    @CommandHandler
    void handle(BailSuspect command) {
        checkActionOn(command);
        BailPolicy.endsAfterRelease(command.bailEndsAt(), command.occurredAt());
        apply(new SuspectBailed(command.caseId(), suspectId, command.bailEndsAt(), command.occurredAt()));
    }

    @CommandHandler
    void handle(ExtendBail command) {
        checkActionOn(command);
        BailPolicy.extensionIsLater(bailEndsAt, command.bailEndsAt(), suspectId);
        Require.text(command.authorisedBy(), "authorisedBy");
        apply(new BailExtended(command.caseId(), suspectId, command.bailEndsAt(), command.authorisedBy(),
                command.occurredAt()));
    }

    @CommandHandler
    void handle(ReleaseUnderInvestigation command) {
        checkActionOn(command);
        apply(new SuspectReleasedUnderInvestigation(command.caseId(), suspectId, command.occurredAt()));
    }

    @CommandHandler
    void handle(EliminateSuspect command) {
        checkActionOn(command);
        Require.text(command.reason(), "reason");
        apply(new SuspectEliminated(command.caseId(), suspectId, command.reason(), command.occurredAt()));
    }

    @CommandHandler
    void handle(ReferToCps command) {
        checkActionOn(command);
        apply(new ReferredToCps(command.caseId(), suspectId, command.occurredAt()));
    }

    @CommandHandler
    void handle(RecordChargingDecision command) {
        checkActionOn(command);
        Require.given(command.outcome(), "outcome");
        Require.that(command.outcome() == ChargingOutcome.CHARGED || hasText(command.reason()), "reason",
                "must say why there is no further action");
        apply(new ChargingDecisionMade(command.caseId(), suspectId, command.outcome(), command.reason(),
                command.occurredAt()));
    }

    @EventSourcingHandler
    void on(SuspectBailed event) {
        bailEndsAt = event.bailEndsAt();
    }

    @EventSourcingHandler
    void on(BailExtended event) {
        bailEndsAt = event.bailEndsAt();
    }

    @EventSourcingHandler
    void on(SuspectReleasedUnderInvestigation event) {
        bailEndsAt = null;
    }

    @EventSourcingHandler
    void on(ChargingDecisionMade event) {
        bailEndsAt = null;
    }

    @EventSourcingHandler
    void on(SuspectEliminated event) {
        eliminated = true;
        bailEndsAt = null;
    }

    private void checkActionOn(SuspectCommand command) {
        Require.that(!eliminated, "suspectId", suspectId + " was eliminated from the enquiry");
        TimeGuard.notBefore(command.occurredAt(), identifiedAt, suspectId + " was identified");
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    /** Called while sourcing a correction of the entry that identified this suspect. */
    void correctIdentifiedAt(Instant correctedTime) {
        identifiedAt = correctedTime;
    }

    /** Value equality over all state, so Axon's fixtures can check that sourcing rebuilds the same suspect. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Suspect that && suspectId.equals(that.suspectId)
                && identifiedAt.equals(that.identifiedAt) && eliminated == that.eliminated
                && Objects.equals(bailEndsAt, that.bailEndsAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(suspectId, identifiedAt, eliminated, bailEndsAt);
    }
}
