package io.harmsway.audit.seal;

import io.harmsway.audit.api.EventLeaf;

/** A row of {@code domain_event_entry}: its global index and everything sealed of it. */
public record StoredEvent(long globalIndex, EventLeaf leaf) {
}
