package io.harmsway.query.inspection;

import io.harmsway.cases.api.AbeInterviewHeld;
import io.harmsway.cases.api.Agency;
import io.harmsway.cases.api.CaseClosed;
import io.harmsway.cases.api.CaseEvent;
import io.harmsway.cases.api.CaseTransferred;
import io.harmsway.cases.api.ChargingDecisionMade;
import io.harmsway.cases.api.ChargingOutcome;
import io.harmsway.cases.api.ChildViewsRecorded;
import io.harmsway.cases.api.EntryCorrected;
import io.harmsway.cases.api.InitialChildProtectionConferenceHeld;
import io.harmsway.cases.api.MedicalCompleted;
import io.harmsway.cases.api.OtherChildIdentified;
import io.harmsway.cases.api.ReferralReceived;
import io.harmsway.cases.api.RiskAssessed;
import io.harmsway.cases.api.SafeguardingActionTaken;
import io.harmsway.cases.api.Section47EnquiryConcluded;
import io.harmsway.cases.api.StrategyDiscussionHeld;
import io.harmsway.cases.api.SuspectIdentified;
import io.harmsway.query.ProjectionWrites;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static io.harmsway.jdbc.Sql.ts;

/**
 * Each officer's entry, and what it says about its case: the case row's facts, and its milestones
 * (first strategy discussion, risk assessments, the child's account, the medical, the latest change
 * of facts), which are read back from the entries so that a corrected time moves them.
 */
public class CaseFacts {

    /**
     * Entries that move a milestone or are a change of facts (after which the risk should be
     * assessed again: a suspect or another child identified, a medical, the section 47 outcome).
     */
    private static final Set<Class<?>> MILESTONES = Set.of(StrategyDiscussionHeld.class, RiskAssessed.class,
            AbeInterviewHeld.class, ChildViewsRecorded.class, MedicalCompleted.class, SuspectIdentified.class,
            OtherChildIdentified.class, Section47EnquiryConcluded.class);

    private final ProjectionWrites writes;

    public CaseFacts(ProjectionWrites writes) {
        this.writes = writes;
    }

    void apply(String eventId, CaseEvent event, Instant recordedAt) {
        if (event instanceof ReferralReceived referral) {
            writes.update("""
                    insert into inspection_case (case_id, team, allegation, risk_grade, physical_symptoms, referred_at)
                    values (?, ?, ?, ?, ?, ?) on conflict (case_id) do nothing""",
                    referral.caseId(), referral.team(), referral.allegation().name(), referral.riskGrade().name(),
                    referral.physicalSymptoms(), ts(referral.occurredAt()));
        }
        entry(eventId, event, recordedAt);
        if (event instanceof RiskAssessed risk) {
            writes.update("update inspection_case set risk_grade = ? where case_id = ?", risk.riskGrade().name(),
                    risk.caseId());
        } else if (event instanceof StrategyDiscussionHeld discussion) {
            writes.update("""
                    update inspection_case set strategy_discussions = strategy_discussions + 1,
                           strategy_without_health = strategy_without_health + ? where case_id = ?""",
                    discussion.agencies().contains(Agency.HEALTH) ? 0 : 1, discussion.caseId());
        } else if (event instanceof ChargingDecisionMade decision) {
            charged(decision);
        } else if (event instanceof SafeguardingActionTaken || event instanceof InitialChildProtectionConferenceHeld) {
            writes.update("update inspection_case set child_safeguarded = true where case_id = ?", event.caseId());
        } else if (event instanceof CaseTransferred transfer) {
            writes.update("update inspection_case set team = ? where case_id = ?", transfer.toTeam(), transfer.caseId());
        } else if (event instanceof CaseClosed closure) {
            writes.update("update inspection_case set closed_at = ?, closure_outcome = ? where case_id = ?",
                    ts(closure.occurredAt()), closure.outcome(), closure.caseId());
        } else if (event instanceof EntryCorrected correction) {
            corrected(correction);
        }
        if (MILESTONES.contains(event.getClass())) {
            milestones(event.caseId());
        }
    }

    private void charged(ChargingDecisionMade decision) {
        if (decision.outcome() == ChargingOutcome.CHARGED) {
            writes.update("update inspection_case set charged = true where case_id = ?", decision.caseId());
        } else {
            writes.update("""
                    update inspection_case set no_further_action = true, no_further_action_reason = ?
                    where case_id = ?""", decision.reason(), decision.caseId());
        }
    }

    private void entry(String eventId, CaseEvent event, Instant recordedAt) {
        Duration lag = Duration.between(event.occurredAt(), recordedAt);
        writes.update("""
                insert into inspection_entry (event_id, case_id, event_type, occurred_at, recorded_at, lag_seconds,
                                              correction_reason)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (event_id) do nothing""",
                eventId, event.caseId(), event.getClass().getSimpleName(), ts(event.occurredAt()), ts(recordedAt),
                lag.isNegative() ? 0 : lag.toSeconds(),
                event instanceof EntryCorrected correction ? correction.reason() : null);
    }

    /** A corrected time moves the entry, and with it any milestone it was (the referral's included). */
    private void corrected(EntryCorrected correction) {
        String occurredAt = correction.correctedValues().get("occurredAt");
        if (occurredAt == null) {
            return;
        }
        writes.update("update inspection_entry set occurred_at = ? where event_id = ? and case_id = ?",
                ts(Instant.parse(occurredAt)), correction.correctedEventId(), correction.caseId());
        milestones(correction.caseId());
    }

    private void milestones(String caseId) {
        writes.update("""
                update inspection_case c
                set referred_at = coalesce(m.referred, c.referred_at), first_strategy_at = m.strategy,
                    first_risk_assessment_at = m.first_risk, last_risk_assessment_at = m.last_risk,
                    first_abe_at = m.abe, first_account_at = m.account, first_medical_at = m.medical,
                    last_fact_change_at = m.fact_change
                from (select min(occurred_at) filter (where event_type = 'ReferralReceived') as referred,
                             min(occurred_at) filter (where event_type = 'StrategyDiscussionHeld') as strategy,
                             min(occurred_at) filter (where event_type = 'RiskAssessed') as first_risk,
                             max(occurred_at) filter (where event_type = 'RiskAssessed') as last_risk,
                             min(occurred_at) filter (where event_type = 'AbeInterviewHeld') as abe,
                             min(occurred_at) filter (where event_type in ('AbeInterviewHeld', 'ChildViewsRecorded'))
                                 as account,
                             min(occurred_at) filter (where event_type = 'MedicalCompleted') as medical,
                             max(occurred_at) filter (where event_type in ('SuspectIdentified', 'OtherChildIdentified',
                                 'MedicalCompleted', 'Section47EnquiryConcluded')) as fact_change
                      from inspection_entry where case_id = ?) m
                where c.case_id = ?""", caseId, caseId);
    }
}
