package io.harmsway.query.api;

import java.time.Instant;
import java.util.List;

/**
 * One case in a supervisor's inbox: the child's current risk, the officer who holds the case now,
 * and its open warnings and breaches ({@code alerts}, oldest due first; a breach escalated up the
 * chain counts as a breach). {@code mostOverdueDueAt} is the earliest due date among them: for a
 * breach, the moment it has been breached since. Paused clocks that have not been warned and
 * faulted clocks are not a supervisor's to act on and stay in the per-alert list only, and so does a
 * partner's missed deadline (CHASE_PARTNER), which is the investigator's to chase.
 * {@code supervisors} are the team's supervisors who must act, named by the web layer.
 */
public record InboxCase(String caseId, String team, String riskGrade, String officer, Instant mostOverdueDueAt,
                        int openBreaches, int openWarnings, List<DelayAlert> alerts, List<String> supervisors) {

    /** The same row, and each of its alerts, naming the supervisors of its team. */
    public InboxCase withSupervisors(List<String> named) {
        return new InboxCase(caseId, team, riskGrade, officer, mostOverdueDueAt, openBreaches, openWarnings,
                alerts.stream().map(alert -> alert.withSupervisors(named)).toList(), List.copyOf(named));
    }
}
