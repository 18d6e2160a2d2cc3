package io.harmsway.cases.command;

import io.harmsway.cases.api.AbeInterviewHeld;
import io.harmsway.cases.api.AbeInterviewNotHeld;
import io.harmsway.cases.api.AbeInterviewPlanned;
import io.harmsway.cases.api.ChildCommand;
import io.harmsway.cases.api.ChildViewsRecorded;
import io.harmsway.cases.api.MedicalCompleted;
import io.harmsway.cases.api.MedicalRequested;
import io.harmsway.cases.api.PlanAbeInterview;
import io.harmsway.cases.api.RecordAbeInterviewHeld;
import io.harmsway.cases.api.RecordAbeInterviewNotHeld;
import io.harmsway.cases.api.RecordChildViews;
import io.harmsway.cases.api.RecordMedicalCompleted;
import io.harmsway.cases.api.RecordSafeguardingAction;
import io.harmsway.cases.api.RecordVictimUpdate;
import io.harmsway.cases.api.RequestMedical;
import io.harmsway.cases.api.SafeguardingActionTaken;
import io.harmsway.cases.api.VictimUpdated;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.EntityId;

import java.time.Instant;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A child within a case, known by a stable id ({@code child-1} is the referred child). Its
 * actions cannot predate the moment the case learned of the child.
 */
class Child {

    @EntityId
    private final String childId;
    private Instant identifiedAt;

    Child(String childId, Instant identifiedAt) {
        this.childId = childId;
        this.identifiedAt = identifiedAt;
    }

    @CommandHandler
    void handle(RequestMedical command) {
        notBeforeIdentified(command);
        Require.text(command.requestedFrom(), "requestedFrom");
        apply(new MedicalRequested(command.caseId(), childId, command.requestedFrom(), command.occurredAt()));
    }

    @CommandHandler
    void handle(RecordMedicalCompleted command) {
        notBeforeIdentified(command);
        Require.text(command.examinedBy(), "examinedBy");
        Require.text(command.findingsReference(), "findingsReference");
        apply(new MedicalCompleted(command.caseId(), childId, command.examinedBy(), command.findingsReference(),
                command.occurredAt()));
    }

    @CommandHandler
    void handle(PlanAbeInterview command) {
        notBeforeIdentified(command);
        Require.given(command.plannedFor(), "plannedFor");
        TimeGuard.notBefore(command.plannedFor(), command.occurredAt(), "the time it was planned", "plannedFor");
        apply(new AbeInterviewPlanned(command.caseId(), childId, command.plannedFor(), command.occurredAt()));
    }

    @CommandHandler
    void handle(RecordAbeInterviewHeld command) {
        notBeforeIdentified(command);
        apply(new AbeInterviewHeld(command.caseId(), childId, command.occurredAt()));
    }

    @CommandHandler
    void handle(RecordAbeInterviewNotHeld command) {
        notBeforeIdentified(command);
        Require.text(command.reason(), "reason");
        apply(new AbeInterviewNotHeld(command.caseId(), childId, command.reason(), command.occurredAt()));
    }

    @CommandHandler
    void handle(RecordChildViews command) {
        notBeforeIdentified(command);
        Require.text(command.summaryReference(), "summaryReference");
        apply(new ChildViewsRecorded(command.caseId(), childId, command.summaryReference(), command.occurredAt()));
    }

    @CommandHandler
    void handle(RecordSafeguardingAction command) {
        notBeforeIdentified(command);
        Require.text(command.action(), "action");
        apply(new SafeguardingActionTaken(command.caseId(), childId, command.action(), command.occurredAt()));
    }

    @CommandHandler
    void handle(RecordVictimUpdate command) {
        notBeforeIdentified(command);
        Require.text(command.what(), "what");
        Require.text(command.how(), "how");
        apply(new VictimUpdated(command.caseId(), childId, command.what(), command.how(), command.occurredAt()));
    }

    private void notBeforeIdentified(ChildCommand command) {
        TimeGuard.notBefore(command.occurredAt(), identifiedAt, childId + " was identified");
    }

    /** Called while sourcing a correction of the entry that identified this child. */
    void correctIdentifiedAt(Instant correctedTime) {
        identifiedAt = correctedTime;
    }

    /** Value equality over all state, so Axon's fixtures can check that sourcing rebuilds the same child. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Child that && childId.equals(that.childId) && identifiedAt.equals(that.identifiedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(childId, identifiedAt);
    }
}
