package io.harmsway.cases.command;

import io.harmsway.cases.api.CaseRuleViolation;
import io.harmsway.cases.api.CorrectEntry;
import io.harmsway.cases.api.EntryCorrected;
import io.harmsway.cases.api.format.CaseEventTypes;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * What a correction may say: it names an entry of this case (not another correction), gives a
 * reason, and corrects facts the entry has, each with a value of the right kind. Identities
 * (the case, a child, a suspect) are never corrected: a wrong one is a different record. Nor is
 * who holds the case (the referral's team, a transfer's team and officer): that changes only by a
 * transfer, which is checked against the teams and officers there are, and which the case's
 * lists, inboxes and access follow.
 */
final class CorrectionPolicy {

    private static final Set<String> IDENTITIES = Set.of("caseId", "childId", "suspectId");
    private static final Set<String> HOLDERS = Set.of("team", "toTeam", "toOfficer");

    private CorrectionPolicy() {
    }

    /** The corrected event's type, once the correction is found acceptable. */
    static String check(CorrectEntry command, Optional<String> correctedType, Instant referredAt,
                        Instant receivedAt) {
        Require.text(command.correctedEventId(), "correctedEventId");
        String type = correctedType.orElseThrow(() -> new CaseRuleViolation(
                "correctedEventId", "no entry '" + command.correctedEventId() + "' in this case"));
        Require.that(!type.equals(EntryCorrected.class.getSimpleName()), "correctedEventId",
                "is itself a correction: correct the original entry instead");
        Require.text(command.reason(), "reason");
        Require.that(!command.correctedValues().isEmpty(), "correctedValues", "must name at least one corrected field");
        RecordComponent[] fields = eventClass(type).getRecordComponents();
        command.correctedValues().forEach((field, value) -> checkValue(type, fields, field, value));
        String occurredAt = command.correctedValues().get("occurredAt");
        if (occurredAt != null) {
            Instant corrected = Instant.parse(occurredAt);
            TimeGuard.notInFuture(corrected, receivedAt, "correctedValues.occurredAt");
            if (!type.equals("ReferralReceived")) {
                TimeGuard.notBefore(corrected, referredAt, "the referral", "correctedValues.occurredAt");
            }
        }
        return type;
    }

    private static void checkValue(String type, RecordComponent[] fields, String field, String value) {
        String name = "correctedValues." + field;
        Require.that(!IDENTITIES.contains(field), name, "an identity cannot be corrected");
        Require.that(!HOLDERS.contains(field), name, "who holds the case changes only by a transfer: record one");
        RecordComponent component = Arrays.stream(fields).filter(f -> f.getName().equals(field)).findFirst()
                .orElseThrow(() -> new CaseRuleViolation(name, type + " has no such field"));
        Require.text(value, name);
        Class<?> kind = component.getType();
        if (kind == Instant.class) {
            Require.that(parses(value), name, "must be an ISO-8601 instant such as 2026-11-20T09:30:00Z");
        } else if (kind.isEnum()) {
            Require.that(Arrays.stream(kind.getEnumConstants()).anyMatch(c -> c.toString().equals(value)), name,
                    "must be one of " + Arrays.toString(kind.getEnumConstants()));
        } else if (kind == boolean.class) {
            Require.that(value.equals("true") || value.equals("false"), name, "must be true or false");
        } else if (kind == int.class) {
            Require.that(value.matches("\\d{1,3}"), name, "must be a whole number");
        } else {
            Require.that(kind == String.class, name, "cannot be corrected (it is a " + kind.getSimpleName() + ")");
        }
    }

    private static boolean parses(String instant) {
        try {
            Instant.parse(instant);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Class<?> eventClass(String type) {
        return CaseEventTypes.named(type).orElseThrow(
                () -> new IllegalStateException("a recorded event type is not a case event: " + type));
    }
}
