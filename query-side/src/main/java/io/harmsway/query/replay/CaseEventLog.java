package io.harmsway.query.replay;

import io.harmsway.cases.api.CaseEvent;
import io.harmsway.cases.api.CaseMetadata;
import io.harmsway.cases.api.format.CaseKey;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Every stored event about one case, the case's own and its clocks' alike, in the order they were
 * stored, read as Axon's processors read them: through the upcasters and the event serializer. Clock
 * events belong to no aggregate, so rows are found by the {@code caseId} their payload names, through
 * the store's index on {@code event_case_key(payload)} (see the V10 migration), which PostgreSQL
 * computes from the stored bytes: nothing to keep in step, nothing that can lag behind the store.
 * The key is a prefix for an id the JSON must escape; each event read is checked against the case id.
 * Reads of the case ({@code CaseRead}) are no part of its record and are not read.
 */
public class CaseEventLog {

    /** The longest key the index holds (bytes), as the SQL function cuts it. */

    private final JdbcTemplate jdbc;
    private final Supplier<Serializer> serializer;
    private final Supplier<EventUpcaster> upcasters;

    public CaseEventLog(JdbcTemplate jdbc, Supplier<Serializer> serializer, Supplier<EventUpcaster> upcasters) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.upcasters = upcasters;
    }

    List<StoredEvent> of(String caseId) {
        List<TrackedDomainEventData<byte[]>> rows = jdbc.query("""
                select global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                       payload_type, payload_revision, payload, meta_data
                from domain_event_entry
                where event_case_key(payload) = ? and payload_type <> 'io.harmsway.cases.api.CaseRead'
                order by global_index""",
                (rs, n) -> new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(rs.getLong("global_index")),
                        new GenericDomainEventEntry<>(rs.getString("type"), rs.getString("aggregate_identifier"),
                                rs.getLong("sequence_number"), rs.getString("event_identifier"),
                                rs.getString("time_stamp"), rs.getString("payload_type"),
                                rs.getString("payload_revision"), rs.getBytes("payload"), rs.getBytes("meta_data"))),
                (Object) CaseKey.of(caseId));
        return EventUtils.upcastAndDeserializeTrackedEvents(rows.stream(), serializer.get(), upcasters.get())
                .filter(message -> !UnknownSerializedType.class.equals(message.getPayloadType()))
                .map(CaseEventLog::stored)
                .filter(Objects::nonNull)
                .filter(stored -> stored.event().caseId().equals(caseId))
                .toList();
    }

    private static StoredEvent stored(TrackedEventMessage<?> message) {
        if (!(message.getPayload() instanceof CaseEvent event)) {
            return null;
        }
        Object actor = message.getMetaData().get(CaseMetadata.ACTOR);
        return new StoredEvent(message.trackingToken().position().orElse(-1), message.getIdentifier(), event,
                message.getTimestamp(), actor == null ? null : actor.toString());
    }
}
