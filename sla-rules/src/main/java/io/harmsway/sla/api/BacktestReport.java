package io.harmsway.sla.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a rule would have flagged over the recorded history: per case, each warning and breach and
 * when it would have been raised.
 */
public record BacktestReport(String ruleId, int ruleVersion, Instant asOf, long eventsRead, int casesSeen,
                             int clocksStarted, int clocksBreached, List<CaseFindings> cases) {

    /** The flags raised on one case. */
    public record CaseFindings(String caseId, List<Finding> findings) {
    }

    /**
     * One flag: {@code kind} is WARNING or BREACH, raised at {@code at} for the clock that started
     * at {@code startedAt}; {@code metAt}/{@code lateBy} say how the clock ended, if it did.
     */
    public record Finding(String kind, String subjectId, Instant startedAt, Instant dueAt, Instant at,
                          Double fraction, Instant metAt, Duration lateBy) {
    }
}
