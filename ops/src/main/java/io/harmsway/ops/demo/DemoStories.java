package io.harmsway.ops.demo;

import io.harmsway.cases.api.Agency;
import io.harmsway.cases.api.ChargingOutcome;
import io.harmsway.cases.api.FileGrade;
import io.harmsway.cases.api.GradeCaseFile;
import io.harmsway.cases.api.IdentifyOtherChild;
import io.harmsway.cases.api.IdentifySuspect;
import io.harmsway.cases.api.PlanAbeInterview;
import io.harmsway.cases.api.RecordAbeInterviewHeld;
import io.harmsway.cases.api.RecordAssessmentCompleted;
import io.harmsway.cases.api.RecordChargingDecision;
import io.harmsway.cases.api.RecordChildViews;
import io.harmsway.cases.api.RecordInitialChildProtectionConference;
import io.harmsway.cases.api.RecordReferralDecision;
import io.harmsway.cases.api.RecordRiskAssessment;
import io.harmsway.cases.api.RecordSafeguardingAction;
import io.harmsway.cases.api.RecordSection47Outcome;
import io.harmsway.cases.api.RecordStrategyDiscussion;
import io.harmsway.cases.api.RecordSuspectArrest;
import io.harmsway.cases.api.RecordSuspectInterview;
import io.harmsway.cases.api.RecordVictimUpdate;
import io.harmsway.cases.api.ReferToCps;
import io.harmsway.cases.api.RiskGrade;
import io.harmsway.cases.api.Section47Outcome;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * The demo cases' stories, recorded as a force would record them: what was done on time is on
 * record, so what the inbox shows is only what failed. Each story is told from the case's referral
 * ({@code referred}), in hours and days after it.
 */
final class DemoStories {

    private static final Set<Agency> POLICE_SOCIAL_CARE_HEALTH =
            Set.of(Agency.POLICE, Agency.CHILDRENS_SOCIAL_CARE, Agency.HEALTH);

    static final String FRAMEWORK = "HMIC 2015 child protection inspection: case file assessment";

    private final DemoRecorder recorder;

    DemoStories(DemoRecorder recorder) {
        this.recorder = recorder;
    }

    /**
     * The grandson's allegation of rape: the referral decided, the risk assessed, a strategy
     * discussion held and the boy's account taken on the first days, the enquiry's outcome, the
     * conference and the assessment on time. What failed: the grandfather, who sees his other
     * grandchildren, was neither interviewed nor kept from them.
     */
    void grandson(String officer, String caseId, Instant referred) {
        firstHours(officer, caseId, referred, RiskGrade.HIGH, "rape alleged against the grandfather",
                POLICE_SOCIAL_CARE_HEALTH, false, "section 47 enquiry; ABE interview; interview the grandfather", true);
        recorder.send(officer, new IdentifySuspect(caseId, true, hours(referred, 6)));
        abeInterview(officer, caseId, days(referred, 1));
        recorder.send(officer, new RecordSection47Outcome(caseId, Section47Outcome.LIKELY_TO_SUFFER_SIGNIFICANT_HARM,
                "the boy's account is consistent and detailed", days(referred, 10)));
        recorder.send(officer, new RecordInitialChildProtectionConference(caseId, days(referred, 14)));
        recorder.send(officer, new RecordAssessmentCompleted(caseId, days(referred, 30)));
    }

    /**
     * The four-year-old's bleeding put down to eczema: police and social care agreed it without
     * health, no doctor was consulted and no medical done. Everything else was on time.
     */
    void eczema(String officer, String caseId, Instant referred) {
        firstHours(officer, caseId, referred, RiskGrade.HIGH, "bleeding; allegation against a family member",
                Set.of(Agency.POLICE, Agency.CHILDRENS_SOCIAL_CARE), false, "no medical: thought to be eczema", false);
        recorder.send(officer, new RecordChildViews(caseId, "child-1", "V-2026-0004", hours(referred, 6)));
    }

    /**
     * The reports' good practice: the 13-year-old identified as a victim, risk assessed, a strategy
     * discussion with health, specially trained officers interviewing, the suspect arrested and
     * interviewed, other children safeguarded, the victim kept informed, the CPS charging.
     */
    void goodPractice(String officer, String caseId, Instant referred) {
        firstHours(officer, caseId, referred, RiskGrade.HIGH, "contact offending suspected", POLICE_SOCIAL_CARE_HEALTH,
                true, "joint section 47 enquiry; specially trained officers to interview", true);
        String suspectId = recorder.send(officer, new IdentifySuspect(caseId, true, hours(referred, 5)));
        String stepchild = recorder.send(officer, new IdentifyOtherChild(caseId, 8, "the suspect's stepchild",
                hours(referred, 6)));
        recorder.send(officer, new RecordSafeguardingAction(caseId, stepchild,
                "safety plan agreed with the mother; no contact with the suspect", hours(referred, 8)));
        abeInterview(officer, caseId, days(referred, 1));
        recorder.send(officer, new RecordSuspectArrest(caseId, suspectId, days(referred, 2)));
        recorder.send(officer, new RecordSuspectInterview(caseId, suspectId, true, days(referred, 2).plusSeconds(4 * 3600)));
        recorder.send(officer, new RecordVictimUpdate(caseId, "child-1", "suspect arrested and interviewed",
                "home visit", days(referred, 2).plusSeconds(8 * 3600)));
        recorder.send(officer, new ReferToCps(caseId, suspectId, days(referred, 3)));
        recorder.send(officer, new RecordSection47Outcome(caseId, Section47Outcome.LIKELY_TO_SUFFER_SIGNIFICANT_HARM,
                "grooming and contact offending", days(referred, 4)));
        recorder.send(officer, new RecordChargingDecision(caseId, suspectId, ChargingOutcome.CHARGED, null,
                days(referred, 5)));
        recorder.send(officer, new RecordVictimUpdate(caseId, "child-1", "suspect charged", "phone call to the mother",
                days(referred, 5).plusSeconds(3 * 3600)));
        recorder.send(officer, new RecordInitialChildProtectionConference(caseId, days(referred, 11)));
    }

    /** Online grooming, medium risk, everything on time but the suspect's interview, now overdue. */
    void groomingInterviewOverdue(String officer, String caseId, Instant referred) {
        firstHours(officer, caseId, referred, RiskGrade.MEDIUM, "messages from an adult met online",
                POLICE_SOCIAL_CARE_HEALTH, false, "police investigation with social care support", false);
        abeInterview(officer, caseId, days(referred, 2));
        recorder.send(officer, new IdentifySuspect(caseId, false, days(referred, 4)));
    }

    /** Physical abuse, high risk, the suspect identified two days ago: every clock running on time. */
    void physicalAbuseOnTime(String officer, String caseId, Instant referred) {
        firstHours(officer, caseId, referred, RiskGrade.HIGH, "bruising seen at school", POLICE_SOCIAL_CARE_HEALTH,
                false, "police investigation; medical not needed (bruising photographed)", false);
        recorder.send(officer, new RecordChildViews(caseId, "child-1", "V-2026-0006", hours(referred, 8)));
        recorder.send(officer, new IdentifySuspect(caseId, false, days(referred, 1)));
    }

    /** Neglect, standard risk: the suspect interviewed two days late (the clock says so), the family told. */
    void neglectInterviewedLate(String officer, String caseId, Instant referred) {
        firstHours(officer, caseId, referred, RiskGrade.STANDARD, "home conditions", POLICE_SOCIAL_CARE_HEALTH, false,
                "single-agency police enquiry", false);
        recorder.send(officer, new RecordChildViews(caseId, "child-1", "V-2026-0007", days(referred, 1)));
        String suspectId = recorder.send(officer, new IdentifySuspect(caseId, false, days(referred, 2)));
        recorder.send(officer, new RecordSuspectInterview(caseId, suspectId, true, days(referred, 32)));
        recorder.send(officer, new RecordVictimUpdate(caseId, "child-1", "suspect interviewed", "home visit",
                days(referred, 32).plusSeconds(4 * 3600)));
        recorder.send(officer, new RecordAssessmentCompleted(caseId, days(referred, 35)));
    }

    /** The demo auditor's grading of the file against the inspection's framework (docs/inspection.md#grading). */
    void graded(String caseId, FileGrade grade, String... reasons) {
        recorder.send("ada", new GradeCaseFile(caseId, grade, FRAMEWORK, String.join("\n", reasons)));
    }

    /** What every case here had on its first day: the risk assessed, the decision, the strategy discussion. */
    private void firstHours(String officer, String caseId, Instant referred, RiskGrade risk, String rationale,
                            Set<Agency> agencies, boolean doctorPresent, String decision, boolean section47) {
        recorder.send(officer, new RecordRiskAssessment(caseId, risk, rationale, hours(referred, 1)));
        recorder.send(officer, new RecordReferralDecision(caseId, "strategy discussion today", hours(referred, 2)));
        recorder.send(officer, new RecordStrategyDiscussion(caseId, agencies, doctorPresent, decision, section47,
                hours(referred, 3)));
    }

    private void abeInterview(String officer, String caseId, Instant at) {
        recorder.send(officer, new PlanAbeInterview(caseId, "child-1", at.plusSeconds(4 * 3600), at));
        recorder.send(officer, new RecordAbeInterviewHeld(caseId, "child-1", at.plusSeconds(4 * 3600)));
    }

    private static Instant hours(Instant from, long hours) {
        return from.plus(Duration.ofHours(hours));
    }

    private static Instant days(Instant from, long days) {
        return from.plus(Duration.ofDays(days));
    }
}
