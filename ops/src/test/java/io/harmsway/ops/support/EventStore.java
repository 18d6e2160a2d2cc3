package io.harmsway.ops.support;

import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** Reads the event store the way an auditor would: with SQL; and writes a row as an older version of the application did. */
public class EventStore {

    private final JdbcTemplate jdbc;

    public EventStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Events appended by cases (the aggregate): what a refused command could have appended. Clock
     * events, which the SLA module appends asynchronously on its own, are not aggregate events
     * (Axon stores them with no aggregate type), so they cannot make this count race.
     */
    public long count() {
        return jdbc.queryForObject("select count(*) from domain_event_entry where type is not null", Long.class);
    }

    /** Events the case itself appended (its aggregate's): what a refused action on it could have appended. */
    public long countOfCase(String caseId) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, caseId);
    }

    /**
     * Events whose payload names the id anywhere: for a clock's id, its clock events, which belong to
     * no aggregate. Read as text, so a payload PostgreSQL's JSON types refuse is still counted.
     */
    public long countNaming(String id) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where strpos(convert_from(payload, 'UTF8'), ?) > 0",
                Long.class, id);
    }

    /** Events of the given type that name the case in their JSON payload. */
    public long count(String caseId, String eventType) {
        return jdbc.queryForObject("""
                select count(*) from domain_event_entry
                where payload_type like ? and convert_from(payload, 'UTF8')::jsonb ->> 'caseId' = ?""",
                Long.class, "%." + eventType, caseId);
    }

    /** Clock events of the given type for one rule of the case. */
    public long count(String caseId, String eventType, String ruleId) {
        return jdbc.queryForObject("""
                select count(*) from domain_event_entry
                where payload_type like ? and convert_from(payload, 'UTF8')::jsonb ->> 'caseId' = ?
                  and convert_from(payload, 'UTF8')::jsonb ->> 'ruleId' = ?""",
                Long.class, "%." + eventType, caseId, ruleId);
    }

    /**
     * Writes a case event straight into the store, in Axon's format, as an earlier version of the
     * application (or a direct write) stored it, recorded by ivy; answers its event id.
     */
    public String append(CaseEventRow row) {
        String eventId = UUID.randomUUID().toString();
        jdbc.update("""
                insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                                                time_stamp, payload_type, payload_revision, payload, meta_data)
                values (?, ?, ?, 'CaseFile', ?, ?, ?, ?, ?)""",
                eventId, row.caseId(), row.sequence(), row.recordedAt().toString(), row.payloadType(), row.revision(),
                row.payload().getBytes(StandardCharsets.UTF_8), "{\"actor\": \"ivy\"}".getBytes(StandardCharsets.UTF_8));
        return eventId;
    }

    public long globalIndexOf(String eventId) {
        return jdbc.queryForObject("select global_index from domain_event_entry where event_identifier = ?", Long.class,
                eventId);
    }

    /** One row of a case's stream: its payload is the event's JSON, {@code revision} null for an unversioned shape. */
    public record CaseEventRow(String caseId, long sequence, String payloadType, String revision, String payload,
                               Instant recordedAt) {
    }
}
