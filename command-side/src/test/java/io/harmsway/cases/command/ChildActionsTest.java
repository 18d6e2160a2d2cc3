package io.harmsway.cases.command;

import io.harmsway.cases.api.AbeInterviewHeld;
import io.harmsway.cases.api.AbeInterviewNotHeld;
import io.harmsway.cases.api.AbeInterviewPlanned;
import io.harmsway.cases.api.CaseRuleViolation;
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
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.harmsway.cases.command.CaseFixtures.CASE;
import static io.harmsway.cases.command.CaseFixtures.CHILD_2;
import static io.harmsway.cases.command.CaseFixtures.EARLIER;
import static io.harmsway.cases.command.CaseFixtures.NOW;
import static io.harmsway.cases.command.CaseFixtures.RECEIVED_NOW;
import static io.harmsway.cases.command.CaseFixtures.REFERRAL;

/** What is recorded about each child of a case: medicals, the child's account, safeguarding, updates. */
class ChildActionsTest {

    private FixtureConfiguration<CaseFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = CaseFixtures.fixture();
    }

    @Test
    void recordsMedicalRequestForTheReferredChild() {
        fixture.given(REFERRAL)
                .when(new RequestMedical(CASE, "child-1", "paediatrician on call", NOW), RECEIVED_NOW)
                .expectEvents(new MedicalRequested(CASE, "child-1", "paediatrician on call", NOW));
    }

    @Test
    void recordsCompletedMedicalWithFindingsAsReference() {
        fixture.given(REFERRAL)
                .when(new RecordMedicalCompleted(CASE, "child-1", "Dr Rao", "MED-2026-114", NOW), RECEIVED_NOW)
                .expectEvents(new MedicalCompleted(CASE, "child-1", "Dr Rao", "MED-2026-114", NOW));
    }

    @Test
    void refusesCompletedMedicalWithoutFindingsReference() {
        fixture.given(REFERRAL)
                .when(new RecordMedicalCompleted(CASE, "child-1", "Dr Rao", null, NOW), RECEIVED_NOW)
                .expectNoEvents()
                .expectException(CaseRuleViolation.class);
    }

    @Test
    void plansAbeInterviewForALaterDate() {
        fixture.given(REFERRAL)
                .when(new PlanAbeInterview(CASE, "child-1", NOW.plus(Duration.ofDays(2)), NOW), RECEIVED_NOW)
                .expectEvents(new AbeInterviewPlanned(CASE, "child-1", NOW.plus(Duration.ofDays(2)), NOW));
    }

    @Test
    void refusesAbeInterviewPlannedForBeforeItWasPlanned() {
        fixture.given(REFERRAL)
                .when(new PlanAbeInterview(CASE, "child-1", EARLIER, NOW), RECEIVED_NOW)
                .expectNoEvents()
                .expectExceptionMessage("is before the time it was planned (" + NOW + ")");
    }

    @Test
    void recordsAbeInterviewHeld() {
        fixture.given(REFERRAL)
                .when(new RecordAbeInterviewHeld(CASE, "child-1", NOW), RECEIVED_NOW)
                .expectEvents(new AbeInterviewHeld(CASE, "child-1", NOW));
    }

    @Test
    void recordsAbeInterviewNotHeldWithReason() {
        fixture.given(REFERRAL)
                .when(new RecordAbeInterviewNotHeld(CASE, "child-1", "child declined", NOW), RECEIVED_NOW)
                .expectEvents(new AbeInterviewNotHeld(CASE, "child-1", "child declined", NOW));
    }

    @Test
    void refusesAbeInterviewNotHeldWithoutReason() {
        fixture.given(REFERRAL)
                .when(new RecordAbeInterviewNotHeld(CASE, "child-1", "", NOW), RECEIVED_NOW)
                .expectNoEvents()
                .expectException(CaseRuleViolation.class);
    }

    @Test
    void recordsTheChildsOwnViews() {
        fixture.given(REFERRAL)
                .when(new RecordChildViews(CASE, "child-1", "VIEWS-7", NOW), RECEIVED_NOW)
                .expectEvents(new ChildViewsRecorded(CASE, "child-1", "VIEWS-7", NOW));
    }

    @Test
    void recordsSafeguardingActionForAnotherChild() {
        fixture.given(REFERRAL, CHILD_2)
                .when(new RecordSafeguardingAction(CASE, "child-2", "strategy for sibling agreed", NOW), RECEIVED_NOW)
                .expectEvents(new SafeguardingActionTaken(CASE, "child-2", "strategy for sibling agreed", NOW));
    }

    @Test
    void recordsVictimUpdate() {
        fixture.given(REFERRAL)
                .when(new RecordVictimUpdate(CASE, "child-1", "suspect arrested", "home visit", NOW), RECEIVED_NOW)
                .expectEvents(new VictimUpdated(CASE, "child-1", "suspect arrested", "home visit", NOW));
    }

    @Test
    void refusesActionForAChildNotInTheCase() {
        fixture.given(REFERRAL)
                .when(new RecordChildViews(CASE, "child-2", "VIEWS-7", NOW), RECEIVED_NOW)
                .expectNoEvents()
                .expectException(CaseRuleViolation.class)
                .expectExceptionMessage("no child 'child-2' in this case");
    }

    @Test
    void refusesActionForAChildBeforeTheChildWasIdentified() {
        fixture.given(REFERRAL, CHILD_2)
                .when(new RecordSafeguardingAction(CASE, "child-2", "visit", EARLIER.minusSeconds(1)), RECEIVED_NOW)
                .expectNoEvents()
                .expectExceptionMessage("is before child-2 was identified (" + EARLIER + ")");
    }
}
