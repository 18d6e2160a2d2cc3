package io.harmsway.sla.api;

import io.harmsway.cases.api.CaseEvent;

import java.time.Instant;

/** A transition of one SLA clock; a clock belongs to a case and watches one subject in it. */
public interface ClockEvent extends CaseEvent {

    String clockId();

    String ruleId();

    /** The case itself ({@code case}), or the child or suspect the clock watches. */
    String subjectId();

    Instant dueAt();
}
