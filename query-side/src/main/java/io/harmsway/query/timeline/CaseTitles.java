package io.harmsway.query.timeline;

import io.harmsway.cases.api.AbeInterviewHeld;
import io.harmsway.cases.api.AbeInterviewNotHeld;
import io.harmsway.cases.api.AbeInterviewPlanned;
import io.harmsway.cases.api.Agency;
import io.harmsway.cases.api.AssessmentCompleted;
import io.harmsway.cases.api.BailExtended;
import io.harmsway.cases.api.CaseClosed;
import io.harmsway.cases.api.CaseFileGraded;
import io.harmsway.cases.api.CaseTransferred;
import io.harmsway.cases.api.ChargingDecisionMade;
import io.harmsway.cases.api.ChargingOutcome;
import io.harmsway.cases.api.ChildViewsRecorded;
import io.harmsway.cases.api.DigitalForensicResultReturned;
import io.harmsway.cases.api.DigitalForensicSubmissionSent;
import io.harmsway.cases.api.EntryCorrected;
import io.harmsway.cases.api.EvidenceSeized;
import io.harmsway.cases.api.InitialChildProtectionConferenceHeld;
import io.harmsway.cases.api.MedicalCompleted;
import io.harmsway.cases.api.MedicalRequested;
import io.harmsway.cases.api.NoteAdded;
import io.harmsway.cases.api.OtherChildIdentified;
import io.harmsway.cases.api.ReferralDecisionRecorded;
import io.harmsway.cases.api.ReferralReceived;
import io.harmsway.cases.api.ReferredToCps;
import io.harmsway.cases.api.RiskAssessed;
import io.harmsway.cases.api.SafeguardingActionTaken;
import io.harmsway.cases.api.StrategyDiscussionHeld;
import io.harmsway.cases.api.Section47EnquiryConcluded;
import io.harmsway.cases.api.SuspectArrested;
import io.harmsway.cases.api.SuspectBailed;
import io.harmsway.cases.api.SuspectEliminated;
import io.harmsway.cases.api.SuspectIdentified;
import io.harmsway.cases.api.SuspectInterviewed;
import io.harmsway.cases.api.SuspectReleasedUnderInvestigation;
import io.harmsway.cases.api.VictimUpdated;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static io.harmsway.query.timeline.TimelineRenderer.words;

/** The title of each case action: what happened and its key facts, as a chronology would say it. */
final class CaseTitles {

    private CaseTitles() {
    }

    static void register(TimelineRenderer r) {
        r.title(ReferralReceived.class, e -> "Referral received: " + words(e.allegation().name()) + ", child aged "
                + e.childAgeYears() + ", risk " + lower(e.riskGrade().name())
                + (e.physicalSymptoms() ? ", physical symptoms" : "") + reportedBy(e));
        r.title(ReferralDecisionRecorded.class, e -> "Referral decision: " + e.decision());
        r.title(RiskAssessed.class, e -> (e.previousGrade() == null ? "Risk assessed: " + lower(e.riskGrade().name())
                : "Risk re-assessed: " + lower(e.previousGrade().name()) + " to " + lower(e.riskGrade().name()))
                + " (" + e.rationale() + ")");
        r.title(StrategyDiscussionHeld.class, e -> "Strategy discussion held with " + agencies(e)
                + (e.doctorPresent() ? ", doctor present" : ", no doctor")
                + (e.section47Enquiry() ? ", section 47 enquiry decided" : "") + ": " + e.decision());
        r.title(Section47EnquiryConcluded.class, e -> "Section 47 enquiry concluded: " + lower(e.outcome().name())
                + " (" + e.summary() + ")");
        r.title(MedicalRequested.class, e -> "Medical requested for " + e.childId() + " from " + e.requestedFrom());
        r.title(MedicalCompleted.class, e -> "Medical completed for " + e.childId() + " by " + e.examinedBy()
                + " (findings " + e.findingsReference() + ")");
        r.title(AbeInterviewPlanned.class, e -> "ABE interview of " + e.childId() + " planned for " + e.plannedFor());
        r.title(AbeInterviewHeld.class, e -> "ABE interview of " + e.childId() + " held");
        r.title(AbeInterviewNotHeld.class, e -> "ABE interview of " + e.childId() + " not held: " + e.reason());
        r.title(ChildViewsRecorded.class, e -> "Views of " + e.childId() + " recorded (" + e.summaryReference() + ")");
        r.title(OtherChildIdentified.class, e -> "Other child identified (" + e.childId() + "), aged " + e.ageYears()
                + ": " + e.context());
        r.title(SafeguardingActionTaken.class, e -> "Safeguarding for " + e.childId() + ": " + e.action());
        r.title(SuspectIdentified.class, e -> "Suspect identified (" + e.suspectId() + ")"
                + (e.hasAccessToChildren() ? ", has access to children" : ""));
        r.title(SuspectArrested.class, e -> "Suspect arrested (" + e.suspectId() + ")");
        r.title(SuspectInterviewed.class, e -> "Suspect interviewed (" + e.suspectId() + ")"
                + (e.underCaution() ? " under caution" : ", voluntary"));
        r.title(SuspectBailed.class, e -> "Suspect bailed (" + e.suspectId() + ") until " + e.bailEndsAt());
        r.title(BailExtended.class, e -> "Bail extended (" + e.suspectId() + ") to " + e.bailEndsAt()
                + ", authorised by " + e.authorisedBy());
        r.title(SuspectReleasedUnderInvestigation.class, e -> "Suspect released under investigation ("
                + e.suspectId() + ")");
        r.title(SuspectEliminated.class, e -> "Suspect eliminated (" + e.suspectId() + "): " + e.reason());
        r.title(EvidenceSeized.class, e -> "Evidence seized: " + e.reference() + ", " + e.description());
        r.title(DigitalForensicSubmissionSent.class, e -> "Digital forensic submission sent ("
                + e.submissionReference() + ")");
        r.title(DigitalForensicResultReturned.class, e -> "Digital forensic result returned ("
                + e.submissionReference() + ")");
        r.title(ReferredToCps.class, e -> "Referred to the CPS (" + e.suspectId() + ")");
        r.title(ChargingDecisionMade.class, e -> e.outcome() == ChargingOutcome.CHARGED
                ? "Charged (" + e.suspectId() + ")"
                : "No further action (" + e.suspectId() + "): " + e.reason());
        r.title(VictimUpdated.class, e -> "Victim update for " + e.childId() + " by " + e.how() + ": " + e.what());
        r.title(InitialChildProtectionConferenceHeld.class, e -> "Initial child protection conference held");
        r.title(AssessmentCompleted.class, e -> "Child and family assessment completed");
        r.title(CaseTransferred.class, e -> "Case transferred to " + e.toOfficer() + ", team " + e.toTeam());
        r.title(CaseClosed.class, e -> "Case closed: " + e.outcome());
        r.title(NoteAdded.class, e -> "Note: " + e.text());
        r.title(CaseFileGraded.class, e -> "Case file graded " + e.grade().name().toLowerCase() + " against "
                + e.framework() + ": " + String.join("; ", e.reasons().lines().toList()));
        r.title(EntryCorrected.class, e -> "Correction of " + lower(words(e.correctedEventType())) + ": "
                + changes(e.correctedValues()) + " (" + e.reason() + ")");
    }

    private static String reportedBy(ReferralReceived e) {
        return e.reportedBy() == null ? "" : ", reported by " + e.reportedBy()
                + (e.reportedVia() == null ? "" : " via " + e.reportedVia());
    }

    private static String agencies(StrategyDiscussionHeld e) {
        return e.agencies().stream().sorted().map(Agency::name).map(CaseTitles::lower)
                .collect(Collectors.joining(", "));
    }

    private static String changes(Map<String, String> values) {
        return new TreeMap<>(values).entrySet().stream().map(change -> change.getKey() + " is " + change.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String lower(String name) {
        return name.replace('_', ' ').toLowerCase();
    }
}
