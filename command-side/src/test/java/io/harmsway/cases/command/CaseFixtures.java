package io.harmsway.cases.command;

import io.harmsway.cases.api.AllegationCategory;
import io.harmsway.cases.api.CaseMetadata;
import io.harmsway.cases.api.OtherChildIdentified;
import io.harmsway.cases.api.ReferralReceived;
import io.harmsway.cases.api.RiskGrade;
import io.harmsway.cases.api.SuspectIdentified;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** The case every fixture test starts from: referred three days before "now", in team north. */
final class CaseFixtures {

    static final String CASE = "case-1";
    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    static final Instant REFERRED = NOW.minus(Duration.ofDays(3));
    static final Instant EARLIER = NOW.minus(Duration.ofDays(1));
    static final ReferralReceived REFERRAL = new ReferralReceived(CASE, "north", "child-1", 9,
            AllegationCategory.SEXUAL_ABUSE, RiskGrade.HIGH, "phone", "school", true, REFERRED);
    static final SuspectIdentified SUSPECT_1 = new SuspectIdentified(CASE, "suspect-1", true, REFERRED);
    static final OtherChildIdentified CHILD_2 = new OtherChildIdentified(CASE, "child-2", 6, "sibling", EARLIER);

    /** Every command carries the time it was received, stamped at dispatch in the application. */
    static final Map<String, Object> RECEIVED_NOW = Map.of(CaseMetadata.RECEIVED_AT, NOW);

    private CaseFixtures() {
    }

    static FixtureConfiguration<CaseFile> fixture() {
        return new AggregateTestFixture<>(CaseFile.class);
    }
}
