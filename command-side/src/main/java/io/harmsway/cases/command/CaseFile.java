package io.harmsway.cases.command;

import io.harmsway.cases.api.CaseClosed;
import io.harmsway.cases.api.CaseFileGraded;
import io.harmsway.cases.api.GradeCaseFile;
import io.harmsway.cases.api.CaseTransferred;
import io.harmsway.cases.api.CloseCase;
import io.harmsway.cases.api.CorrectEntry;
import io.harmsway.cases.api.EntryCorrected;
import io.harmsway.cases.api.IdentifyOtherChild;
import io.harmsway.cases.api.IdentifySuspect;
import io.harmsway.cases.api.OtherChildIdentified;
import io.harmsway.cases.api.RecordReferral;
import io.harmsway.cases.api.RecordRiskAssessment;
import io.harmsway.cases.api.ReferralReceived;
import io.harmsway.cases.api.RiskAssessed;
import io.harmsway.cases.api.RiskGrade;
import io.harmsway.cases.api.SuspectIdentified;
import io.harmsway.cases.api.TransferCase;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.ForwardMatchingInstances;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static io.harmsway.cases.api.CaseMetadata.RECEIVED_AT;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One investigation. Every command on an existing case passes {@link CaseGuard} first; then the
 * case, or the child, suspect or part of the case it concerns, checks its own rules and applies
 * events. "Now" is the command's {@link io.harmsway.cases.api.CaseMetadata#RECEIVED_AT}.
 */
public class CaseFile {

    @AggregateIdentifier
    private String caseId;
    private Instant referredAt;
    private boolean closed;
    /** The grade of the latest risk assessment; null until the first. */
    private RiskGrade assessedGrade;

    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private final Map<String, Child> children = new HashMap<>();
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private final Map<String, Suspect> suspects = new HashMap<>();
    @AggregateMember
    private final CaseProceedings proceedings = new CaseProceedings();
    @AggregateMember
    private final ForensicSubmissions forensics = new ForensicSubmissions();
    @AggregateMember
    private final CaseEntries entries = new CaseEntries();

    protected CaseFile() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    public CaseFile(RecordReferral command, @MetaDataValue(RECEIVED_AT) Instant receivedAt) {
        ReferralPolicy.check(command, receivedAt);
        apply(new ReferralReceived(command.caseId(), command.team(), "child-1", command.childAgeYears(),
                command.allegation(), command.riskGrade(), command.reportedVia(), command.reportedBy(),
                command.physicalSymptoms(), command.occurredAt()));
    }

    @CommandHandlerInterceptor
    Object guard(Object command, @MetaDataValue(RECEIVED_AT) Instant receivedAt, InterceptorChain chain)
            throws Exception {
        new CaseGuard(closed, referredAt, children.keySet(), suspects.keySet()).check(command, receivedAt);
        return chain.proceed();
    }

    @CommandHandler
    void handle(RecordRiskAssessment command) {
        Require.given(command.riskGrade(), "riskGrade");
        Require.text(command.rationale(), "rationale");
        apply(new RiskAssessed(caseId, command.riskGrade(), assessedGrade, command.rationale(),
                command.occurredAt()));
    }

    @CommandHandler
    String handle(IdentifyOtherChild command) {
        Require.that(command.ageYears() >= 0 && command.ageYears() < 18, "ageYears", "must be between 0 and 17");
        Require.text(command.context(), "context");
        String childId = "child-" + (children.size() + 1);
        apply(new OtherChildIdentified(caseId, childId, command.ageYears(), command.context(), command.occurredAt()));
        return childId;
    }

    @CommandHandler
    String handle(IdentifySuspect command) {
        String suspectId = "suspect-" + (suspects.size() + 1);
        apply(new SuspectIdentified(caseId, suspectId, command.hasAccessToChildren(), command.occurredAt()));
        return suspectId;
    }

    @CommandHandler
    void handle(TransferCase command) {
        Require.text(command.toTeam(), "toTeam");
        Require.text(command.toOfficer(), "toOfficer");
        apply(new CaseTransferred(caseId, command.toTeam(), command.toOfficer(), command.occurredAt()));
    }

    @CommandHandler
    void handle(CloseCase command) {
        Require.text(command.outcome(), "outcome");
        apply(new CaseClosed(caseId, command.outcome(), command.occurredAt()));
    }

    /** An auditor's judgement of the file, recorded when it is made; the case need not be open. */
    @CommandHandler
    void handle(GradeCaseFile command, @MetaDataValue(RECEIVED_AT) Instant receivedAt) {
        Require.given(command.grade(), "grade");
        Require.text(command.framework(), "framework");
        Require.text(command.reasons(), "reasons");
        apply(new CaseFileGraded(caseId, command.grade(), command.framework(), command.reasons(), receivedAt));
    }

    @CommandHandler
    void handle(CorrectEntry command, @MetaDataValue(RECEIVED_AT) Instant receivedAt) {
        String type = CorrectionPolicy.check(command, entries.typeOf(command.correctedEventId()), referredAt,
                receivedAt);
        apply(new EntryCorrected(caseId, command.correctedEventId(), type, command.correctedValues(),
                command.reason(), receivedAt));
    }

    @EventSourcingHandler
    void on(ReferralReceived event) {
        caseId = event.caseId();
        referredAt = event.occurredAt();
        children.put(event.childId(), new Child(event.childId(), event.occurredAt()));
    }

    @EventSourcingHandler
    void on(RiskAssessed event) {
        assessedGrade = event.riskGrade();
    }

    @EventSourcingHandler
    void on(OtherChildIdentified event) {
        children.put(event.childId(), new Child(event.childId(), event.occurredAt()));
    }

    @EventSourcingHandler
    void on(SuspectIdentified event) {
        suspects.put(event.suspectId(), new Suspect(event.suspectId(), event.occurredAt()));
    }

    @EventSourcingHandler
    void on(CaseClosed event) {
        closed = true;
    }

    /**
     * A corrected time of a referral or identification moves the earliest moment the actions that
     * follow it may have: of the whole case, or of that child or suspect.
     */
    @EventSourcingHandler
    void on(EntryCorrected event) {
        String occurredAt = event.correctedValues().get("occurredAt");
        String identified = entries.entry(event.correctedEventId()).map(CaseEntries.Entry::identified).orElse(null);
        if (occurredAt == null || identified == null) {
            return;
        }
        Instant corrected = Instant.parse(occurredAt);
        if (event.correctedEventType().equals(ReferralReceived.class.getSimpleName())) {
            referredAt = corrected;
        }
        if (children.containsKey(identified)) {
            children.get(identified).correctIdentifiedAt(corrected);
        } else if (suspects.containsKey(identified)) {
            suspects.get(identified).correctIdentifiedAt(corrected);
        }
    }
}
