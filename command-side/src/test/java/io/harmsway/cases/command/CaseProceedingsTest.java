package io.harmsway.cases.command;

import io.harmsway.cases.api.AddNote;
import io.harmsway.cases.api.Agency;
import io.harmsway.cases.api.AssessmentCompleted;
import io.harmsway.cases.api.CaseRuleViolation;
import io.harmsway.cases.api.DigitalForensicResultReturned;
import io.harmsway.cases.api.DigitalForensicSubmissionSent;
import io.harmsway.cases.api.EvidenceSeized;
import io.harmsway.cases.api.InitialChildProtectionConferenceHeld;
import io.harmsway.cases.api.NoteAdded;
import io.harmsway.cases.api.RecordAssessmentCompleted;
import io.harmsway.cases.api.RecordDigitalForensicResult;
import io.harmsway.cases.api.RecordDigitalForensicSubmission;
import io.harmsway.cases.api.RecordEvidenceSeized;
import io.harmsway.cases.api.RecordInitialChildProtectionConference;
import io.harmsway.cases.api.RecordReferralDecision;
import io.harmsway.cases.api.RecordStrategyDiscussion;
import io.harmsway.cases.api.RecordSection47Outcome;
import io.harmsway.cases.api.Section47EnquiryConcluded;
import io.harmsway.cases.api.Section47Outcome;
import io.harmsway.cases.api.ReferralDecisionRecorded;
import io.harmsway.cases.api.StrategyDiscussionHeld;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.harmsway.cases.command.CaseFixtures.CASE;
import static io.harmsway.cases.command.CaseFixtures.EARLIER;
import static io.harmsway.cases.command.CaseFixtures.NOW;
import static io.harmsway.cases.command.CaseFixtures.RECEIVED_NOW;
import static io.harmsway.cases.command.CaseFixtures.REFERRAL;

/** Actions on the case as a whole: decisions, discussions, evidence, forensics, conferences, notes. */
class CaseProceedingsTest {

    private FixtureConfiguration<CaseFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = CaseFixtures.fixture();
    }

    @Test
    void recordsReferralDecision() {
        fixture.given(REFERRAL)
                .when(new RecordReferralDecision(CASE, "section 47 enquiry", NOW), RECEIVED_NOW)
                .expectEvents(new ReferralDecisionRecorded(CASE, "section 47 enquiry", NOW));
    }

    @Test
    void recordsStrategyDiscussionWithItsAgencies() {
        Set<Agency> agencies = Set.of(Agency.POLICE, Agency.CHILDRENS_SOCIAL_CARE, Agency.HEALTH);
        fixture.given(REFERRAL)
                .when(new RecordStrategyDiscussion(CASE, agencies, true, "medical today", true, NOW), RECEIVED_NOW)
                .expectEvents(new StrategyDiscussionHeld(CASE, agencies, true, "medical today", true, NOW));
    }

    @Test
    void refusesStrategyDiscussionWithoutAgencies() {
        fixture.given(REFERRAL)
                .when(new RecordStrategyDiscussion(CASE, Set.of(), false, "wait", false, NOW), RECEIVED_NOW)
                .expectNoEvents()
                .expectExceptionMessage("must name the agencies that took part");
    }

    @Test
    void refusesDoctorPresentWithoutHealthAmongTheAgencies() {
        fixture.given(REFERRAL)
                .when(new RecordStrategyDiscussion(CASE, Set.of(Agency.POLICE), true, "medical", false, NOW), RECEIVED_NOW)
                .expectNoEvents()
                .expectExceptionMessage("a doctor was present, so HEALTH must be among the agencies");
    }

    @Test
    void recordsTheSection47EnquirysOutcome() {
        fixture.given(REFERRAL)
                .when(new RecordSection47Outcome(CASE, Section47Outcome.LIKELY_TO_SUFFER_SIGNIFICANT_HARM,
                        "injuries consistent with the account", NOW), RECEIVED_NOW)
                .expectEvents(new Section47EnquiryConcluded(CASE, Section47Outcome.LIKELY_TO_SUFFER_SIGNIFICANT_HARM,
                        "injuries consistent with the account", NOW));
    }

    @Test
    void refusesASection47OutcomeWithoutOutcomeOrSummary() {
        fixture.given(REFERRAL)
                .when(new RecordSection47Outcome(CASE, null, "unclear", NOW), RECEIVED_NOW)
                .expectNoEvents()
                .expectException(CaseRuleViolation.class);
        fixture.given(REFERRAL)
                .when(new RecordSection47Outcome(CASE, Section47Outcome.NOT_SUBSTANTIATED, " ", NOW), RECEIVED_NOW)
                .expectNoEvents()
                .expectException(CaseRuleViolation.class);
    }

    @Test
    void recordsEvidenceSeized() {
        fixture.given(REFERRAL)
                .when(new RecordEvidenceSeized(CASE, "EXH-1", "mobile phone", NOW), RECEIVED_NOW)
                .expectEvents(new EvidenceSeized(CASE, "EXH-1", "mobile phone", NOW));
    }

    @Test
    void refusesEvidenceWithoutReference() {
        fixture.given(REFERRAL)
                .when(new RecordEvidenceSeized(CASE, "", "mobile phone", NOW), RECEIVED_NOW)
                .expectNoEvents()
                .expectException(CaseRuleViolation.class);
    }

    @Test
    void recordsDigitalForensicSubmission() {
        fixture.given(REFERRAL)
                .when(new RecordDigitalForensicSubmission(CASE, "DF-9", NOW), RECEIVED_NOW)
                .expectEvents(new DigitalForensicSubmissionSent(CASE, "DF-9", NOW));
    }

    @Test
    void refusesTheSameSubmissionSentTwice() {
        fixture.given(REFERRAL, new DigitalForensicSubmissionSent(CASE, "DF-9", EARLIER))
                .when(new RecordDigitalForensicSubmission(CASE, "DF-9", NOW), RECEIVED_NOW)
                .expectNoEvents()
                .expectExceptionMessage("submission 'DF-9' was already sent");
    }

    @Test
    void recordsResultOfASubmissionSent() {
        fixture.given(REFERRAL, new DigitalForensicSubmissionSent(CASE, "DF-9", EARLIER))
                .when(new RecordDigitalForensicResult(CASE, "DF-9", NOW), RECEIVED_NOW)
                .expectEvents(new DigitalForensicResultReturned(CASE, "DF-9", NOW));
    }

    @Test
    void refusesResultOfASubmissionNeverSent() {
        fixture.given(REFERRAL)
                .when(new RecordDigitalForensicResult(CASE, "DF-9", NOW), RECEIVED_NOW)
                .expectNoEvents()
                .expectExceptionMessage("no submission 'DF-9' was sent in this case");
    }

    @Test
    void refusesASecondResultForOneSubmission() {
        fixture.given(REFERRAL, new DigitalForensicSubmissionSent(CASE, "DF-9", EARLIER),
                        new DigitalForensicResultReturned(CASE, "DF-9", EARLIER))
                .when(new RecordDigitalForensicResult(CASE, "DF-9", NOW), RECEIVED_NOW)
                .expectNoEvents()
                .expectExceptionMessage("the result of submission 'DF-9' was already returned");
    }

    @Test
    void recordsInitialChildProtectionConference() {
        fixture.given(REFERRAL)
                .when(new RecordInitialChildProtectionConference(CASE, NOW), RECEIVED_NOW)
                .expectEvents(new InitialChildProtectionConferenceHeld(CASE, NOW));
    }

    @Test
    void recordsAssessmentCompleted() {
        fixture.given(REFERRAL)
                .when(new RecordAssessmentCompleted(CASE, NOW), RECEIVED_NOW)
                .expectEvents(new AssessmentCompleted(CASE, NOW));
    }

    @Test
    void addsNote() {
        fixture.given(REFERRAL)
                .when(new AddNote(CASE, "mother asked for a female officer", NOW), RECEIVED_NOW)
                .expectEvents(new NoteAdded(CASE, "mother asked for a female officer", NOW));
    }

    @Test
    void refusesEmptyNote() {
        fixture.given(REFERRAL)
                .when(new AddNote(CASE, "  ", NOW), RECEIVED_NOW)
                .expectNoEvents()
                .expectException(CaseRuleViolation.class);
    }
}
