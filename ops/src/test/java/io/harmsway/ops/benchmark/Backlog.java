package io.harmsway.ops.benchmark;

import org.springframework.jdbc.core.JdbcTemplate;

import org.springframework.jdbc.core.RowCallbackHandler;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import static org.awaitility.Awaitility.await;

/** How far the streaming processors (the read models, SLA clocks) are behind the event store. */
final class Backlog {

    private final JdbcTemplate jdbc;

    Backlog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits until every processor segment has handled every stored event; answers how long that took. */
    Duration awaitCaughtUp(Duration atMost) {
        long start = System.nanoTime();
        await().atMost(atMost).pollInterval(Duration.ofMillis(100)).until(() -> behind() == 0);
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Each processor with its number of segments, e.g. {@code {alerts=1, case-list=1, sla-clocks=1, timeline=1}}. */
    Map<String, Integer> segments() {
        Map<String, Integer> segments = new TreeMap<>();
        jdbc.query("select processor_name, count(*) from token_entry group by processor_name",
                (RowCallbackHandler) rs -> segments.put(rs.getString(1), rs.getInt(2)));
        return segments;
    }

    /**
     * Waits until every processor has handled every event stored now or appended while waiting (the
     * clocks' own events); answers, by processor, how long after {@code since} (a {@link System#nanoTime()})
     * it last had nothing left to handle.
     */
    Map<String, Duration> awaitEachCaughtUp(long since, Duration atMost) {
        Map<String, Duration> caughtUp = new TreeMap<>();
        await().atMost(atMost).pollInterval(Duration.ofMillis(50)).until(() -> {
            long now = System.nanoTime();
            Long latest = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
            boolean all = true;
            for (Map.Entry<String, Long> processor : positions().entrySet()) {
                if (processor.getValue() >= latest) {
                    caughtUp.putIfAbsent(processor.getKey(), Duration.ofNanos(now - since));
                } else {
                    caughtUp.remove(processor.getKey());
                    all = false;
                }
            }
            return all;
        });
        return caughtUp;
    }

    private Map<String, Long> positions() {
        Map<String, Long> positions = new TreeMap<>();
        jdbc.query("""
                select processor_name, min(coalesce((convert_from(token, 'UTF8')::jsonb ->> 'index')::bigint, -1))
                from token_entry group by processor_name""",
                (RowCallbackHandler) rs -> positions.put(rs.getString(1), rs.getLong(2)));
        return positions;
    }

    long behind() {
        Long latest = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
        Long slowest = jdbc.queryForObject("""
                select coalesce(min((convert_from(token, 'UTF8')::jsonb ->> 'index')::bigint), -1)
                from token_entry where token is not null""", Long.class);
        return latest - slowest;
    }
}
