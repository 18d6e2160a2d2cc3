package io.harmsway.cases.command;

import io.harmsway.cases.api.CaseMetadata;
import io.harmsway.cases.api.CaseRuleViolation;

import java.time.Instant;

/** The two rules every stated time obeys: not in the future, and not before what it follows. */
final class TimeGuard {

    private TimeGuard() {
    }

    static void notInFuture(Instant occurredAt, Instant receivedAt) {
        notInFuture(occurredAt, receivedAt, "occurredAt");
    }

    static void notInFuture(Instant time, Instant receivedAt, String field) {
        if (receivedAt == null) {
            throw new IllegalStateException("a case command must carry " + CaseMetadata.RECEIVED_AT + " metadata");
        }
        if (time == null) {
            throw new CaseRuleViolation(field, "must say when the action happened");
        }
        if (time.isAfter(receivedAt)) {
            throw new CaseRuleViolation(field, "is in the future (" + time + ")");
        }
    }

    static void notBefore(Instant occurredAt, Instant earliest, String what) {
        notBefore(occurredAt, earliest, what, "occurredAt");
    }

    static void notBefore(Instant time, Instant earliest, String what, String field) {
        if (earliest != null && time.isBefore(earliest)) {
            throw new CaseRuleViolation(field, "is before " + what + " (" + earliest + ")");
        }
    }
}
