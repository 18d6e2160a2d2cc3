package io.harmsway.sla.backtest;

import io.harmsway.cases.api.CaseEvent;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The recorded history, read with plain SQL in pages by global index and deserialised through
 * Axon's serializer, so a backtest sees exactly the events the processors see. Events of types
 * this build does not know are skipped.
 */
public class EventHistory implements History {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final int pageSize;

    public EventHistory(JdbcTemplate jdbc, Serializer serializer, int pageSize) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.pageSize = pageSize;
    }

    /** The highest global index stored: how far a full read goes. */
    @Override
    public long lastIndex() {
        Long last = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        return last == null ? 0 : last;
    }

    /** Hands every page of case events to {@code page}, in global-index order; answers the number of rows read. */
    @Override
    public long readAll(Consumer<List<RecordedEvent>> page) {
        long after = -1;
        long read = 0;
        while (true) {
            List<Row> rows = jdbc.query("""
                    select global_index, event_identifier, payload_type, payload_revision, payload
                    from domain_event_entry where global_index > ? order by global_index limit ?""",
                    (rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBytes(5)),
                    after, pageSize);
            if (rows.isEmpty()) {
                return read;
            }
            List<RecordedEvent> events = new ArrayList<>(rows.size());
            for (Row row : rows) {
                Object payload = deserialise(row);
                if (payload instanceof CaseEvent event) {
                    events.add(new RecordedEvent(row.index(), row.eventId(), event));
                }
            }
            read += rows.size();
            after = rows.get(rows.size() - 1).index();
            page.accept(events);
        }
    }

    private Object deserialise(Row row) {
        SerializedType type = new SimpleSerializedType(row.type(), row.revision());
        if (UnknownSerializedType.class.equals(serializer.classForType(type))) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(row.payload(), byte[].class, type));
    }

    private record Row(long index, String eventId, String type, String revision, byte[] payload) {
    }
}
