package io.harmsway.cases.api;

import java.time.Instant;

/** What every event about a case says: which case, and when the action happened in the world. */
public interface CaseEvent {

    String caseId();

    Instant occurredAt();
}
