package io.harmsway.cases.api;

import java.time.Instant;

/** What every command about a case says: which case, and when the action happened. */
public interface CaseCommand {

    String caseId();

    Instant occurredAt();
}
