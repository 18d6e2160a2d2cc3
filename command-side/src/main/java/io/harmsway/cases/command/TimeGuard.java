package io.harmsway.cases.command;

import io.harmsway.cases.api.CaseMetadata;
import io.harmsway.cases.api.CaseRuleViolation;

import java.time.Instant;

/** The two rules every stated time obeys: not in the future, and not before what it follows. */
final class TimeGuard {

    private TimeGuard() {
    }

    static void notInFuture(Instant occurredAt, Instant receivedAt) {
        if (receivedAt == null) {
            throw new IllegalStateException("a case command must carry " + CaseMetadata.RECEIVED_AT + " metadata");
        }
        if (occurredAt == null) {
            throw new CaseRuleViolation("occurredAt", "must say when the action happened");
        }
        if (occurredAt.isAfter(receivedAt)) {
            throw new CaseRuleViolation("occurredAt", "is in the future (" + occurredAt + ")");
        }
    }

    static void notBefore(Instant occurredAt, Instant earliest, String what) {
        if (earliest != null && occurredAt.isBefore(earliest)) {
            throw new CaseRuleViolation("occurredAt", "is before " + what + " (" + earliest + ")");
        }
    }
}
