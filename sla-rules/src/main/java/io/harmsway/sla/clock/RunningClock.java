package io.harmsway.sla.clock;

import io.harmsway.sla.rules.SlaRule;

/** A clock that is still running (or paused), with the rule version that judges it. */
public record RunningClock(String clockId, String caseId, SlaRule rule, String subjectId, ClockState state) {

    RunningClock with(ClockState changed) {
        return new RunningClock(clockId, caseId, rule, subjectId, changed);
    }
}
