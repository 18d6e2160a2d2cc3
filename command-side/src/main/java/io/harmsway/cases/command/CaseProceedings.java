package io.harmsway.cases.command;

import io.harmsway.cases.api.AddNote;
import io.harmsway.cases.api.Agency;
import io.harmsway.cases.api.AssessmentCompleted;
import io.harmsway.cases.api.EvidenceSeized;
import io.harmsway.cases.api.InitialChildProtectionConferenceHeld;
import io.harmsway.cases.api.NoteAdded;
import io.harmsway.cases.api.RecordAssessmentCompleted;
import io.harmsway.cases.api.RecordEvidenceSeized;
import io.harmsway.cases.api.RecordInitialChildProtectionConference;
import io.harmsway.cases.api.RecordReferralDecision;
import io.harmsway.cases.api.RecordSection47Outcome;
import io.harmsway.cases.api.RecordStrategyDiscussion;
import io.harmsway.cases.api.ReferralDecisionRecorded;
import io.harmsway.cases.api.Section47EnquiryConcluded;
import io.harmsway.cases.api.StrategyDiscussionHeld;
import org.axonframework.commandhandling.CommandHandler;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Actions on the case as a whole that need only their own facts checked (the case's guard has
 * already checked time and that the case is open). It keeps no state, so it is equal to any other.
 */
class CaseProceedings {

    @CommandHandler
    void handle(RecordReferralDecision command) {
        Require.text(command.decision(), "decision");
        apply(new ReferralDecisionRecorded(command.caseId(), command.decision(), command.occurredAt()));
    }

    @CommandHandler
    void handle(RecordStrategyDiscussion command) {
        Require.that(!command.agencies().isEmpty(), "agencies", "must name the agencies that took part");
        Require.that(!command.doctorPresent() || command.agencies().contains(Agency.HEALTH), "doctorPresent",
                "a doctor was present, so HEALTH must be among the agencies");
        Require.text(command.decision(), "decision");
        apply(new StrategyDiscussionHeld(command.caseId(), command.agencies(), command.doctorPresent(),
                command.decision(), command.section47Enquiry(), command.occurredAt()));
    }

    @CommandHandler
    void handle(RecordSection47Outcome command) {
        Require.given(command.outcome(), "outcome");
        Require.text(command.summary(), "summary");
        apply(new Section47EnquiryConcluded(command.caseId(), command.outcome(), command.summary(),
                command.occurredAt()));
    }

    @CommandHandler
    void handle(RecordEvidenceSeized command) {
        Require.text(command.reference(), "reference");
        Require.text(command.description(), "description");
        apply(new EvidenceSeized(command.caseId(), command.reference(), command.description(), command.occurredAt()));
    }

    @CommandHandler
    void handle(RecordInitialChildProtectionConference command) {
        apply(new InitialChildProtectionConferenceHeld(command.caseId(), command.occurredAt()));
    }

    @CommandHandler
    void handle(RecordAssessmentCompleted command) {
        apply(new AssessmentCompleted(command.caseId(), command.occurredAt()));
    }

    @CommandHandler
    void handle(AddNote command) {
        Require.text(command.text(), "text");
        apply(new NoteAdded(command.caseId(), command.text(), command.occurredAt()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseProceedings;
    }

    @Override
    public int hashCode() {
        return CaseProceedings.class.hashCode();
    }
}
