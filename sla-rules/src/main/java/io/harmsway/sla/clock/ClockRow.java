package io.harmsway.sla.clock;

import java.time.Instant;

/**
 * A clock as {@code sla_clock} keeps it, with the case's team and officer. {@code state} is null
 * when the row cannot be read as a clock (the sweep records that as a fault).
 */
record ClockRow(String clockId, String caseId, String ruleId, int ruleVersion, String subjectId, String status,
                ClockState state, String pauseReason, Instant stoppedAt, String team, String officer, String unreadable) {
}
