package io.harmsway.cases.command;

import io.harmsway.cases.api.BailExtended;
import io.harmsway.cases.api.BailSuspect;
import io.harmsway.cases.api.CaseRuleViolation;
import io.harmsway.cases.api.ChargingDecisionMade;
import io.harmsway.cases.api.ChargingOutcome;
import io.harmsway.cases.api.EliminateSuspect;
import io.harmsway.cases.api.ExtendBail;
import io.harmsway.cases.api.RecordChargingDecision;
import io.harmsway.cases.api.RecordSuspectArrest;
import io.harmsway.cases.api.RecordSuspectInterview;
import io.harmsway.cases.api.ReferToCps;
import io.harmsway.cases.api.ReferredToCps;
import io.harmsway.cases.api.ReleaseUnderInvestigation;
import io.harmsway.cases.api.SuspectArrested;
import io.harmsway.cases.api.SuspectBailed;
import io.harmsway.cases.api.SuspectEliminated;
import io.harmsway.cases.api.SuspectIdentified;
import io.harmsway.cases.api.SuspectInterviewed;
import io.harmsway.cases.api.SuspectReleasedUnderInvestigation;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.harmsway.cases.command.CaseFixtures.CASE;
import static io.harmsway.cases.command.CaseFixtures.EARLIER;
import static io.harmsway.cases.command.CaseFixtures.NOW;
import static io.harmsway.cases.command.CaseFixtures.RECEIVED_NOW;
import static io.harmsway.cases.command.CaseFixtures.REFERRAL;
import static io.harmsway.cases.command.CaseFixtures.SUSPECT_1;

/** What is recorded about each suspect: arrest, interview, bail, release, elimination, CPS and charge. */
class SuspectActionsTest {

    private static final Instant BAIL_ENDS = EARLIER.plus(Duration.ofDays(90));
    private static final SuspectBailed BAILED = new SuspectBailed(CASE, "suspect-1", BAIL_ENDS, EARLIER);

    private FixtureConfiguration<CaseFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = CaseFixtures.fixture();
    }

    @Test
    void recordsArrest() {
        fixture.given(REFERRAL, SUSPECT_1)
                .when(new RecordSuspectArrest(CASE, "suspect-1", NOW), RECEIVED_NOW)
                .expectEvents(new SuspectArrested(CASE, "suspect-1", NOW));
    }

    @Test
    void recordsInterviewOfIdentifiedSuspect() {
        fixture.given(REFERRAL, SUSPECT_1)
                .when(new RecordSuspectInterview(CASE, "suspect-1", true, NOW), RECEIVED_NOW)
                .expectEvents(new SuspectInterviewed(CASE, "suspect-1", true, NOW));
    }

    @Test
    void refusesInterviewOfSuspectNeverIdentified() {
        fixture.given(REFERRAL)
                .when(new RecordSuspectInterview(CASE, "suspect-1", true, NOW), RECEIVED_NOW)
                .expectNoEvents()
                .expectException(CaseRuleViolation.class)
                .expectExceptionMessage("no suspect 'suspect-1' has been identified in this case");
    }

    @Test
    void refusesInterviewBeforeSuspectWasIdentified() {
        fixture.given(REFERRAL, new SuspectIdentified(CASE, "suspect-1", false, EARLIER))
                .when(new RecordSuspectInterview(CASE, "suspect-1", true, EARLIER.minusSeconds(1)), RECEIVED_NOW)
                .expectNoEvents()
                .expectExceptionMessage("is before suspect-1 was identified (" + EARLIER + ")");
    }

    @Test
    void bailsSuspectUntilItsEndDate() {
        fixture.given(REFERRAL, SUSPECT_1)
                .when(new BailSuspect(CASE, "suspect-1", BAIL_ENDS, EARLIER), RECEIVED_NOW)
                .expectEvents(BAILED);
    }

    @Test
    void refusesBailEndingBeforeTheRelease() {
        fixture.given(REFERRAL, SUSPECT_1)
                .when(new BailSuspect(CASE, "suspect-1", EARLIER.minusSeconds(1), EARLIER), RECEIVED_NOW)
                .expectNoEvents()
                .expectExceptionMessage("must be after the release on bail (" + EARLIER + ")");
    }

    @Test
    void extendsBailOnAnAuthority() {
        fixture.given(REFERRAL, SUSPECT_1, BAILED)
                .when(new ExtendBail(CASE, "suspect-1", BAIL_ENDS.plus(Duration.ofDays(90)), "Supt Hale", NOW),
                        RECEIVED_NOW)
                .expectEvents(new BailExtended(CASE, "suspect-1", BAIL_ENDS.plus(Duration.ofDays(90)), "Supt Hale", NOW));
    }

    @Test
    void refusesBailExtensionWithoutAuthority() {
        fixture.given(REFERRAL, SUSPECT_1, BAILED)
                .when(new ExtendBail(CASE, "suspect-1", BAIL_ENDS.plus(Duration.ofDays(90)), " ", NOW), RECEIVED_NOW)
                .expectNoEvents()
                .expectException(CaseRuleViolation.class);
    }

    @Test
    void refusesBailExtensionThatDoesNotMoveTheEndLater() {
        fixture.given(REFERRAL, SUSPECT_1, BAILED)
                .when(new ExtendBail(CASE, "suspect-1", BAIL_ENDS, "Supt Hale", NOW), RECEIVED_NOW)
                .expectNoEvents()
                .expectExceptionMessage("must be after the current bail end (" + BAIL_ENDS + ")");
    }

    @Test
    void refusesBailExtensionForSuspectNotOnBail() {
        fixture.given(REFERRAL, SUSPECT_1)
                .when(new ExtendBail(CASE, "suspect-1", BAIL_ENDS, "Supt Hale", NOW), RECEIVED_NOW)
                .expectNoEvents()
                .expectExceptionMessage("suspect-1 is not on bail");
    }

    @Test
    void releaseUnderInvestigationEndsBail() {
        fixture.given(REFERRAL, SUSPECT_1, BAILED, new SuspectReleasedUnderInvestigation(CASE, "suspect-1", EARLIER))
                .when(new ExtendBail(CASE, "suspect-1", BAIL_ENDS.plusSeconds(1), "Supt Hale", NOW), RECEIVED_NOW)
                .expectNoEvents()
                .expectExceptionMessage("suspect-1 is not on bail");
    }

    @Test
    void recordsReleaseUnderInvestigation() {
        fixture.given(REFERRAL, SUSPECT_1)
                .when(new ReleaseUnderInvestigation(CASE, "suspect-1", NOW), RECEIVED_NOW)
                .expectEvents(new SuspectReleasedUnderInvestigation(CASE, "suspect-1", NOW));
    }

    @Test
    void eliminatesSuspectWithReason() {
        fixture.given(REFERRAL, SUSPECT_1)
                .when(new EliminateSuspect(CASE, "suspect-1", "alibi confirmed", NOW), RECEIVED_NOW)
                .expectEvents(new SuspectEliminated(CASE, "suspect-1", "alibi confirmed", NOW));
    }

    @Test
    void refusesActionOnAnEliminatedSuspect() {
        fixture.given(REFERRAL, SUSPECT_1, new SuspectEliminated(CASE, "suspect-1", "alibi confirmed", EARLIER))
                .when(new RecordSuspectArrest(CASE, "suspect-1", NOW), RECEIVED_NOW)
                .expectNoEvents()
                .expectExceptionMessage("suspect-1 was eliminated from the enquiry");
    }

    @Test
    void refersSuspectToCps() {
        fixture.given(REFERRAL, SUSPECT_1)
                .when(new ReferToCps(CASE, "suspect-1", NOW), RECEIVED_NOW)
                .expectEvents(new ReferredToCps(CASE, "suspect-1", NOW));
    }

    @Test
    void recordsChargeWithoutReason() {
        fixture.given(REFERRAL, SUSPECT_1)
                .when(new RecordChargingDecision(CASE, "suspect-1", ChargingOutcome.CHARGED, null, NOW), RECEIVED_NOW)
                .expectEvents(new ChargingDecisionMade(CASE, "suspect-1", ChargingOutcome.CHARGED, null, NOW));
    }

    @Test
    void refusesNoFurtherActionWithoutReason() {
        fixture.given(REFERRAL, SUSPECT_1)
                .when(new RecordChargingDecision(CASE, "suspect-1", ChargingOutcome.NO_FURTHER_ACTION, "", NOW),
                        RECEIVED_NOW)
                .expectNoEvents()
                .expectExceptionMessage("must say why there is no further action");
    }
}
