package io.harmsway.ops.metrics;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the figures from the database: the head of the store, each group's tokens (every node's
 * segments, not only this node's), and the open clocks. The head and the oldest waiting event are
 * found on the global index; the clocks are counted with one scan of {@code sla_clock}, which is why
 * this runs on a timer of its own and never per scrape.
 */
class StoreFigureReader {

    private static final String STAGE = """
            case when fault is not null then 'faulted' when paused_at is not null then 'paused'
                 when escalations > 0 then 'escalated' when breached_at is not null then 'breached'
                 when warnings_raised > 0 then 'warned' else 'running' end""";

    private final JdbcTemplate jdbc;
    private final Serializer tokenSerializer;
    private final Clock clock;

    StoreFigureReader(JdbcTemplate jdbc, Serializer tokenSerializer, Clock clock) {
        this.jdbc = jdbc;
        this.tokenSerializer = tokenSerializer;
        this.clock = clock;
    }

    /** @param groups the processing groups to report, besides those that have tokens */
    StoreFigures read(Collection<String> groups) {
        long head = jdbc.queryForObject("select coalesce(max(global_index), -1) from domain_event_entry", Long.class);
        Map<String, Long> positions = new TreeMap<>();
        groups.forEach(group -> positions.put(group, -1L));
        positions.putAll(furthestBehind());
        Map<String, StoreFigures.Lag> lags = new TreeMap<>();
        positions.forEach((group, position) -> lags.put(group, lag(position, head)));
        return new StoreFigures(head, lags, openClocks());
    }

    /** Each group's least position over its segments: -1 for a segment that has handled nothing. */
    private Map<String, Long> furthestBehind() {
        Map<String, Long> positions = new HashMap<>();
        jdbc.query("select processor_name, token, token_type from token_entry", row -> {
            long position = position(row.getBytes("token"), row.getString("token_type"));
            positions.merge(row.getString("processor_name"), position, Math::min);
        });
        return positions;
    }

    private long position(byte[] token, String type) {
        if (token == null || type == null) {
            return -1;
        }
        TrackingToken tracking = tokenSerializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
        return tracking == null ? -1 : tracking.position().orElse(-1);
    }

    private StoreFigures.Lag lag(long position, long head) {
        if (position >= head) {
            return new StoreFigures.Lag(0, 0);
        }
        List<String> oldest = jdbc.queryForList("select time_stamp from domain_event_entry where global_index > ?"
                + " order by global_index limit 1", String.class, position);
        double seconds = oldest.isEmpty() ? 0
                : Math.max(0, Duration.between(Instant.parse(oldest.get(0)), clock.instant()).toMillis() / 1000.0);
        return new StoreFigures.Lag(head - position, seconds);
    }

    private List<StoreFigures.OpenClocks> openClocks() {
        return jdbc.query("select rule_id, " + STAGE + " as stage, count(*) as clocks from sla_clock where state = 'OPEN'"
                        + " group by 1, 2 order by 1, 2",
                (row, n) -> new StoreFigures.OpenClocks(row.getString("rule_id"), row.getString("stage"),
                        row.getLong("clocks")));
    }
}
