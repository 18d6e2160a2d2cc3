package io.harmsway.ops.benchmark;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the reliability benchmarks check in the database after a load: each case's event sequence
 * numbers without gap or duplicate, every acknowledged note (its text carries the client's request
 * id) stored exactly once and nothing stored that was not acknowledged, every case's stored events all in its timeline
 * as its stored events. Each check answers the number of defects it found (0 is a pass).
 */
final class StoreChecks {

    private final JdbcTemplate jdbc;

    StoreChecks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Cases whose sequence numbers are not exactly 0..n-1 (a gap or a duplicate). */
    long casesWithBrokenSequences(Collection<String> cases) {
        return jdbc.queryForList("""
                select aggregate_identifier from domain_event_entry where aggregate_identifier = any(?)
                group by aggregate_identifier
                having count(*) <> count(distinct sequence_number) or max(sequence_number) <> count(*) - 1
                    or min(sequence_number) <> 0""", String.class, (Object) cases.toArray(String[]::new)).size();
    }

    /** The stored note texts with how often each is stored. */
    Map<String, Long> storedNotes() {
        List<String> texts = jdbc.queryForList("""
                select convert_from(payload, 'UTF8')::jsonb ->> 'text' from domain_event_entry
                where payload_type = 'io.harmsway.cases.api.NoteAdded'""", String.class);
        return texts.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** Acknowledged notes not stored. */
    static long lost(Set<String> acknowledged, Map<String, Long> stored) {
        return acknowledged.stream().filter(text -> !stored.containsKey(text)).count();
    }

    /** Notes stored more than once (each extra copy counted). */
    static long storedTwice(Map<String, Long> stored) {
        return stored.values().stream().mapToLong(count -> count - 1).sum();
    }

    /** Notes stored although their request was not acknowledged. */
    static long storedUnacknowledged(Set<String> acknowledged, Map<String, Long> stored) {
        return stored.keySet().stream().filter(text -> !acknowledged.contains(text)).count();
    }

    /**
     * Cases whose timeline lacks an entry for one of the case's stored events (an entry per event id:
     * the table's key makes a second impossible). The timeline also shows the case's clocks, which
     * are events of the clocks' own streams, so they are not counted here.
     */
    long incompleteTimelines(Collection<String> cases) {
        return jdbc.queryForList("""
                select e.aggregate_identifier from domain_event_entry e
                left join timeline_entry t on t.event_id = e.event_identifier
                where e.aggregate_identifier = any(?)
                group by e.aggregate_identifier
                having count(t.event_id) <> count(*)""",
                String.class, (Object) cases.toArray(String[]::new)).size();
    }

    /** For a report: each stored event type of the case with its count, and each timeline entry type with its count. */
    String describe(String caseId) {
        return "stored " + jdbc.queryForList("""
                select payload_type || ' ' || count(*) from domain_event_entry where aggregate_identifier = ?
                group by payload_type order by 1""", String.class, caseId)
                + ", timeline " + jdbc.queryForList("""
                select type || ' ' || count(*) from timeline_entry where case_id = ? group by type order by 1""",
                String.class, caseId);
    }
}
