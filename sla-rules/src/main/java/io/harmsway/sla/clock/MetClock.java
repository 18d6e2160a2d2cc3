package io.harmsway.sla.clock;

import java.time.Instant;

/**
 * A clock the awaited action met: what is needed to judge it again if that action's time is
 * corrected. {@code dueAt} is the due date it was kept with, not counting a pause still open.
 */
public record MetClock(String clockId, String caseId, String ruleId, String subjectId, Instant dueAt, Instant metAt) {
}
