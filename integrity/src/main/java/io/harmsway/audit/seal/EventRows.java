package io.harmsway.audit.seal;

import io.harmsway.audit.api.EventLeaf;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.util.List;

/** The event store read in global index order, a page at a time by key (each page one index range scan). */
public final class EventRows {

    private static final RowMapper<StoredEvent> ROW = (rs, n) -> new StoredEvent(rs.getLong("global_index"),
            new EventLeaf(rs.getString("event_identifier"), rs.getString("aggregate_identifier"),
                    rs.getLong("sequence_number"), rs.getString("type"), rs.getString("time_stamp"),
                    rs.getString("payload_type"), rs.getString("payload_revision"), rs.getBytes("payload"),
                    rs.getBytes("meta_data")));

    private final JdbcTemplate jdbc;

    public EventRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Rows after the given global index, at most {@code limit}, lowest index first. */
    public List<StoredEvent> after(long globalIndex, int limit) {
        return jdbc.query("""
                select global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                       payload_type, payload_revision, payload, meta_data
                from domain_event_entry where global_index > ? order by global_index limit ?""",
                ROW, globalIndex, limit);
    }
}
