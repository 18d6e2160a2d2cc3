package io.harmsway.ops.processing;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the dead-letter table with SQL: one row per parked case and group, its first letter (the
 * failed event) with the count of letters behind it. The payload is never read: it may hold what
 * PostgreSQL refuses, which is why it is parked.
 */
public class ParkedSequences {

    private static final String HEADS = """
            select heads.processing_group, heads.sequence_identifier, heads.parked_events, heads.payload_type,
                   heads.event_identifier, event.global_index, heads.cause_message, heads.enqueued_at, heads.last_touched,
                   convert_from(heads.diagnostics, 'UTF8')::jsonb ->> 'attempts' as attempts
            from (select letter.*, count(*) over sequence as parked_events,
                         row_number() over (sequence order by letter.sequence_index) as position
                  from dead_letter_entry letter
                  window sequence as (partition by letter.processing_group, letter.sequence_identifier)) heads
            left join domain_event_entry event on event.event_identifier = heads.event_identifier
            where heads.position = 1""";

    private final JdbcTemplate jdbc;

    public ParkedSequences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every parked case, the longest parked first. */
    public List<ParkedSequence> all() {
        return jdbc.query(HEADS + " order by heads.enqueued_at, heads.processing_group, heads.sequence_identifier",
                (rs, row) -> sequence(rs));
    }

    public List<ParkedSequence> of(String group) {
        return jdbc.query(HEADS + " and heads.processing_group = ? order by heads.enqueued_at",
                (rs, row) -> sequence(rs), group);
    }

    public Optional<ParkedSequence> of(String group, String caseId) {
        return jdbc.query(HEADS + " and heads.processing_group = ? and heads.sequence_identifier = ?",
                (rs, row) -> sequence(rs), group, caseId).stream().findFirst();
    }

    /** Per processing group that parks anything: how many cases, and how many events in all. */
    public Map<String, Count> countsByGroup() {
        Map<String, Count> counts = new LinkedHashMap<>();
        jdbc.query("""
                select processing_group, count(distinct sequence_identifier) as sequences, count(*) as events
                from dead_letter_entry group by processing_group order by processing_group""",
                rs -> {
                    counts.put(rs.getString("processing_group"),
                            new Count(rs.getLong("sequences"), rs.getLong("events")));
                });
        return counts;
    }

    /** Parked cases, counted per group: a case parked by two groups counts twice. */
    public long total() {
        return countsByGroup().values().stream().mapToLong(Count::sequences).sum();
    }

    private static ParkedSequence sequence(ResultSet rs) throws SQLException {
        String payloadType = rs.getString("payload_type");
        String attempts = rs.getString("attempts");
        return new ParkedSequence(rs.getString("processing_group"), rs.getString("sequence_identifier"),
                rs.getInt("parked_events"), payloadType.substring(payloadType.lastIndexOf('.') + 1),
                rs.getString("event_identifier"), (Long) rs.getObject("global_index"), rs.getString("cause_message"),
                attempts == null ? 1 : Integer.parseInt(attempts), instant(rs.getString("enqueued_at")),
                instant(rs.getString("last_touched")));
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    public record Count(long sequences, long events) {
    }
}
