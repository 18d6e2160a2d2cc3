package io.harmsway.cases.command;

import io.harmsway.cases.api.AllegationCategory;
import io.harmsway.cases.api.CaseMetadata;
import io.harmsway.cases.api.CaseRuleViolation;
import io.harmsway.cases.api.IdentifySuspect;
import io.harmsway.cases.api.RecordReferral;
import io.harmsway.cases.api.RecordSuspectInterview;
import io.harmsway.cases.api.ReferralReceived;
import io.harmsway.cases.api.RiskGrade;
import io.harmsway.cases.api.SuspectIdentified;
import io.harmsway.cases.api.SuspectInterviewed;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.time.Duration;
import java.time.Instant;


class CaseFileTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final Instant REFERRED = NOW.minus(Duration.ofDays(3));
    private static final ReferralReceived REFERRAL = new ReferralReceived("case-1", "north", "child-1", 9,
            AllegationCategory.SEXUAL_ABUSE, RiskGrade.HIGH, "phone", "school", REFERRED);

    private static final Map<String, Object> RECEIVED_NOW = Map.of(CaseMetadata.RECEIVED_AT, NOW);

    private FixtureConfiguration<CaseFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CaseFile.class);
    }

    @Test
    void opensCaseFromReferral() {
        fixture.givenNoPriorActivity()
                .when(new RecordReferral("case-1", "north", 9, AllegationCategory.SEXUAL_ABUSE, RiskGrade.HIGH,
                        "phone", "school", REFERRED), RECEIVED_NOW)
                .expectEvents(REFERRAL);
    }

    @Test
    void refusesReferralDatedInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(new RecordReferral("case-1", "north", 9, AllegationCategory.SEXUAL_ABUSE, RiskGrade.HIGH,
                        "phone", "school", NOW.plusSeconds(1)), RECEIVED_NOW)
                .expectNoEvents()
                .expectException(CaseRuleViolation.class)
                .expectExceptionMessage("is in the future (" + NOW.plusSeconds(1) + ")");
    }

    @Test
    void refusesReferralWithoutRiskGrade() {
        fixture.givenNoPriorActivity()
                .when(new RecordReferral("case-1", "north", 9, AllegationCategory.SEXUAL_ABUSE, null,
                        "phone", "school", REFERRED), RECEIVED_NOW)
                .expectNoEvents()
                .expectException(CaseRuleViolation.class);
    }

    @Test
    void identifiesSuspectsWithStableNumberedIds() {
        fixture.given(REFERRAL, new SuspectIdentified("case-1", "suspect-1", REFERRED))
                .when(new IdentifySuspect("case-1", NOW), RECEIVED_NOW)
                .expectEvents(new SuspectIdentified("case-1", "suspect-2", NOW))
                .expectResultMessagePayload("suspect-2");
    }

    @Test
    void refusesActionDatedBeforeReferral() {
        fixture.given(REFERRAL)
                .when(new IdentifySuspect("case-1", REFERRED.minusSeconds(60)), RECEIVED_NOW)
                .expectNoEvents()
                .expectExceptionMessage("is before the referral (" + REFERRED + ")");
    }

    @Test
    void recordsInterviewOfIdentifiedSuspect() {
        fixture.given(REFERRAL, new SuspectIdentified("case-1", "suspect-1", REFERRED))
                .when(new RecordSuspectInterview("case-1", "suspect-1", true, NOW), RECEIVED_NOW)
                .expectEvents(new SuspectInterviewed("case-1", "suspect-1", true, NOW));
    }

    @Test
    void refusesInterviewOfSuspectNeverIdentified() {
        fixture.given(REFERRAL)
                .when(new RecordSuspectInterview("case-1", "suspect-1", true, NOW), RECEIVED_NOW)
                .expectNoEvents()
                .expectException(CaseRuleViolation.class)
                .expectExceptionMessage("no suspect 'suspect-1' has been identified in this case");
    }

    @Test
    void refusesInterviewBeforeSuspectWasIdentified() {
        fixture.given(REFERRAL, new SuspectIdentified("case-1", "suspect-1", NOW.minusSeconds(600)))
                .when(new RecordSuspectInterview("case-1", "suspect-1", true, NOW.minusSeconds(601)), RECEIVED_NOW)
                .expectNoEvents()
                .expectException(CaseRuleViolation.class);
    }
}
