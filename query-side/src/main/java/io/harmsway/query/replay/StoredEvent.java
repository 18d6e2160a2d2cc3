package io.harmsway.query.replay;

import io.harmsway.cases.api.CaseEvent;

import java.time.Instant;

/**
 * One event of a case as stored: its place in the store, its id, the event (upcast and read),
 * when it was recorded (the store's timestamp, from the application's clock) and by whom.
 */
record StoredEvent(long globalIndex, String eventId, CaseEvent event, Instant recordedAt, String recordedBy) {

    boolean recordedBy(Instant moment) {
        return !recordedAt.isAfter(moment);
    }
}
