package io.harmsway.cases.command;

import io.harmsway.cases.api.AddNote;
import io.harmsway.cases.api.AllegationCategory;
import io.harmsway.cases.api.CaseClosed;
import io.harmsway.cases.api.CaseRuleViolation;
import io.harmsway.cases.api.CaseTransferred;
import io.harmsway.cases.api.CloseCase;
import io.harmsway.cases.api.IdentifyOtherChild;
import io.harmsway.cases.api.IdentifySuspect;
import io.harmsway.cases.api.OtherChildIdentified;
import io.harmsway.cases.api.RecordReferral;
import io.harmsway.cases.api.RecordRiskAssessment;
import io.harmsway.cases.api.RiskAssessed;
import io.harmsway.cases.api.RiskGrade;
import io.harmsway.cases.api.SuspectIdentified;
import io.harmsway.cases.api.TransferCase;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.harmsway.cases.command.CaseFixtures.CASE;
import static io.harmsway.cases.command.CaseFixtures.CHILD_2;
import static io.harmsway.cases.command.CaseFixtures.EARLIER;
import static io.harmsway.cases.command.CaseFixtures.NOW;
import static io.harmsway.cases.command.CaseFixtures.RECEIVED_NOW;
import static io.harmsway.cases.command.CaseFixtures.REFERRAL;
import static io.harmsway.cases.command.CaseFixtures.REFERRED;
import static io.harmsway.cases.command.CaseFixtures.SUSPECT_1;

/** The case as a whole: opening it, who is in it, its risk, its team, and closing it. */
class CaseFileTest {

    private FixtureConfiguration<CaseFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = CaseFixtures.fixture();
    }

    private static RecordReferral referral(int age, RiskGrade risk, java.time.Instant at) {
        return new RecordReferral(CASE, "north", age, AllegationCategory.SEXUAL_ABUSE, risk, "phone", "school", true, at);
    }

    @Test
    void opensCaseFromReferralWithTheReferredChildAsChildOne() {
        fixture.givenNoPriorActivity()
                .when(referral(9, RiskGrade.HIGH, REFERRED), RECEIVED_NOW)
                .expectEvents(REFERRAL);
    }

    @Test
    void refusesReferralDatedInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(referral(9, RiskGrade.HIGH, NOW.plusSeconds(1)), RECEIVED_NOW)
                .expectNoEvents()
                .expectException(CaseRuleViolation.class)
                .expectExceptionMessage("is in the future (" + NOW.plusSeconds(1) + ")");
    }

    @Test
    void refusesReferralWithoutRiskGrade() {
        fixture.givenNoPriorActivity()
                .when(referral(9, null, REFERRED), RECEIVED_NOW)
                .expectNoEvents()
                .expectException(CaseRuleViolation.class)
                .expectExceptionMessage("must be HIGH, MEDIUM or STANDARD");
    }

    @Test
    void refusesReferralOfAnAdult() {
        fixture.givenNoPriorActivity()
                .when(referral(18, RiskGrade.HIGH, REFERRED), RECEIVED_NOW)
                .expectNoEvents()
                .expectExceptionMessage("must be between 0 and 17");
    }

    @Test
    void identifiesSuspectsWithStableNumberedIds() {
        fixture.given(REFERRAL, SUSPECT_1)
                .when(new IdentifySuspect(CASE, false, NOW), RECEIVED_NOW)
                .expectEvents(new SuspectIdentified(CASE, "suspect-2", false, NOW))
                .expectResultMessagePayload("suspect-2");
    }

    @Test
    void identifiesOtherChildrenWithStableNumberedIds() {
        fixture.given(REFERRAL, CHILD_2)
                .when(new IdentifyOtherChild(CASE, 4, "cousin staying at the address", NOW), RECEIVED_NOW)
                .expectEvents(new OtherChildIdentified(CASE, "child-3", 4, "cousin staying at the address", NOW))
                .expectResultMessagePayload("child-3");
    }

    @Test
    void refusesOtherChildWithoutContext() {
        fixture.given(REFERRAL)
                .when(new IdentifyOtherChild(CASE, 4, " ", NOW), RECEIVED_NOW)
                .expectNoEvents()
                .expectExceptionMessage("must be given");
    }

    @Test
    void refusesActionDatedBeforeReferral() {
        fixture.given(REFERRAL)
                .when(new IdentifySuspect(CASE, false, REFERRED.minusSeconds(60)), RECEIVED_NOW)
                .expectNoEvents()
                .expectExceptionMessage("is before the referral (" + REFERRED + ")");
    }

    @Test
    void refusesActionDatedInTheFuture() {
        fixture.given(REFERRAL)
                .when(new AddNote(CASE, "will visit", NOW.plusSeconds(60)), RECEIVED_NOW)
                .expectNoEvents()
                .expectExceptionMessage("is in the future (" + NOW.plusSeconds(60) + ")");
    }

    @Test
    void firstRiskAssessmentHasNoPreviousGrade() {
        fixture.given(REFERRAL)
                .when(new RecordRiskAssessment(CASE, RiskGrade.MEDIUM, "disclosure withdrawn", NOW), RECEIVED_NOW)
                .expectEvents(new RiskAssessed(CASE, RiskGrade.MEDIUM, null, "disclosure withdrawn", NOW));
    }

    @Test
    void reassessmentNamesThePreviousGrade() {
        fixture.given(REFERRAL, new RiskAssessed(CASE, RiskGrade.MEDIUM, null, "first", EARLIER))
                .when(new RecordRiskAssessment(CASE, RiskGrade.HIGH, "suspect lives with child", NOW), RECEIVED_NOW)
                .expectEvents(new RiskAssessed(CASE, RiskGrade.HIGH, RiskGrade.MEDIUM, "suspect lives with child", NOW));
    }

    @Test
    void refusesRiskAssessmentWithoutRationale() {
        fixture.given(REFERRAL)
                .when(new RecordRiskAssessment(CASE, RiskGrade.HIGH, "", NOW), RECEIVED_NOW)
                .expectNoEvents()
                .expectException(CaseRuleViolation.class);
    }

    @Test
    void transfersCaseToAnotherTeam() {
        fixture.given(REFERRAL)
                .when(new TransferCase(CASE, "south", "ian", NOW), RECEIVED_NOW)
                .expectEvents(new CaseTransferred(CASE, "south", "ian", NOW));
    }

    @Test
    void refusesTransferWithoutTeam() {
        fixture.given(REFERRAL)
                .when(new TransferCase(CASE, null, "ian", NOW), RECEIVED_NOW)
                .expectNoEvents()
                .expectException(CaseRuleViolation.class);
    }

    @Test
    void closesCaseWithOutcome() {
        fixture.given(REFERRAL)
                .when(new CloseCase(CASE, "charged and convicted", NOW), RECEIVED_NOW)
                .expectEvents(new CaseClosed(CASE, "charged and convicted", NOW));
    }

    @Test
    void refusesClosureWithoutOutcome() {
        fixture.given(REFERRAL)
                .when(new CloseCase(CASE, "", NOW), RECEIVED_NOW)
                .expectNoEvents()
                .expectException(CaseRuleViolation.class);
    }

    @Test
    void refusesAnyRecordOnAClosedCase() {
        fixture.given(REFERRAL, SUSPECT_1, new CaseClosed(CASE, "no further action", EARLIER))
                .when(new AddNote(CASE, "late thought", NOW), RECEIVED_NOW)
                .expectNoEvents()
                .expectExceptionMessage("the case is closed: nothing more can be recorded on it");
    }

    @Test
    void refusesSuspectActionOnAClosedCase() {
        fixture.given(REFERRAL, SUSPECT_1, new CaseClosed(CASE, "no further action", EARLIER))
                .when(new io.harmsway.cases.api.RecordSuspectArrest(CASE, "suspect-1", NOW), RECEIVED_NOW)
                .expectNoEvents()
                .expectExceptionMessage("the case is closed: nothing more can be recorded on it");
    }
}
