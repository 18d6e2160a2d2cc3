package io.harmsway.cases.command;

import io.harmsway.cases.api.RecordReferral;

import java.time.Instant;

/** What a referral must say to open a case. */
final class ReferralPolicy {

    private ReferralPolicy() {
    }

    static void check(RecordReferral command, Instant receivedAt) {
        TimeGuard.notInFuture(command.occurredAt(), receivedAt);
        Require.text(command.team(), "team");
        Require.that(command.riskGrade() != null, "riskGrade", "must be HIGH, MEDIUM or STANDARD");
        Require.given(command.allegation(), "allegation");
        Require.that(command.childAgeYears() >= 0 && command.childAgeYears() < 18, "childAgeYears",
                "must be between 0 and 17");
    }
}
