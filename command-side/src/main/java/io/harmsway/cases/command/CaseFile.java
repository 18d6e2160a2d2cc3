package io.harmsway.cases.command;

import io.harmsway.cases.api.CaseRuleViolation;
import io.harmsway.cases.api.IdentifySuspect;
import io.harmsway.cases.api.RecordReferral;
import io.harmsway.cases.api.RecordSuspectInterview;
import io.harmsway.cases.api.ReferralReceived;
import io.harmsway.cases.api.SuspectIdentified;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.ForwardMatchingInstances;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static io.harmsway.cases.api.CaseMetadata.RECEIVED_AT;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One investigation. Guards first, then {@code apply}. "Now" is the command's
 * {@link io.harmsway.cases.api.CaseMetadata#RECEIVED_AT}, stamped from the application's one clock.
 */
public class CaseFile {

    @AggregateIdentifier
    private String caseId;
    private Instant referredAt;

    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private final Map<String, Suspect> suspects = new HashMap<>();

    protected CaseFile() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    public CaseFile(RecordReferral command, @MetaDataValue(RECEIVED_AT) Instant receivedAt) {
        TimeGuard.notInFuture(command.occurredAt(), receivedAt);
        require(command.team() != null && !command.team().isBlank(), "team", "must name the team that owns the case");
        require(command.riskGrade() != null, "riskGrade", "must be HIGH, MEDIUM or STANDARD");
        require(command.allegation() != null, "allegation", "must be given");
        require(command.childAgeYears() >= 0 && command.childAgeYears() < 18, "childAgeYears", "must be between 0 and 17");
        apply(new ReferralReceived(command.caseId(), command.team(), "child-1", command.childAgeYears(),
                command.allegation(), command.riskGrade(), command.reportedVia(), command.reportedBy(),
                command.occurredAt()));
    }

    @CommandHandler
    public String handle(IdentifySuspect command, @MetaDataValue(RECEIVED_AT) Instant receivedAt) {
        checkTime(command.occurredAt(), receivedAt);
        String suspectId = "suspect-" + (suspects.size() + 1);
        apply(new SuspectIdentified(caseId, suspectId, command.occurredAt()));
        return suspectId;
    }

    @CommandHandler
    public void handle(RecordSuspectInterview command, @MetaDataValue(RECEIVED_AT) Instant receivedAt) {
        checkTime(command.occurredAt(), receivedAt);
        suspect(command.suspectId()).recordInterview(command);
    }

    @EventSourcingHandler
    void on(ReferralReceived event) {
        caseId = event.caseId();
        referredAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(SuspectIdentified event) {
        suspects.put(event.suspectId(), new Suspect(event.suspectId(), event.occurredAt()));
    }

    private Suspect suspect(String suspectId) {
        Suspect suspect = suspects.get(suspectId);
        if (suspect == null) {
            throw new CaseRuleViolation("suspectId", "no suspect '" + suspectId + "' has been identified in this case");
        }
        return suspect;
    }

    private void checkTime(Instant occurredAt, Instant receivedAt) {
        TimeGuard.notInFuture(occurredAt, receivedAt);
        TimeGuard.notBefore(occurredAt, referredAt, "the referral");
    }

    static void require(boolean condition, String field, String problem) {
        if (!condition) {
            throw new CaseRuleViolation(field, problem);
        }
    }
}
