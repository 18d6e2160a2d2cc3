package io.harmsway.sla.clock;

import io.harmsway.sla.rules.RuleCatalogue;

import java.time.Instant;
import java.util.Optional;

/**
 * A clock as {@code sla_clock} keeps it, with the case's team and officer. {@code state} is null
 * when the row cannot be read as a clock (the sweep records that as a fault).
 */
record ClockRow(String clockId, String caseId, String ruleId, int ruleVersion, String subjectId, String status,
                ClockState state, String pauseReason, Instant stoppedAt, String team, String officer, String unreadable) {

    boolean open() {
        return "OPEN".equals(status);
    }

    /** The clock with the rule version that judges it; empty when that version is gone or the row unreadable. */
    Optional<RunningClock> judgedBy(RuleCatalogue catalogue) {
        if (state == null) {
            return Optional.empty();
        }
        return catalogue.version(ruleId, ruleVersion).map(rule -> new RunningClock(clockId, caseId, rule, subjectId, state));
    }

    /** Why {@link #judgedBy} found nothing. */
    String whyNotJudged() {
        return state == null ? unreadable : "its rule version is not in the catalogue";
    }
}
