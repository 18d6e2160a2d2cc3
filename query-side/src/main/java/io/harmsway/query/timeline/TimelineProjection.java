package io.harmsway.query.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.harmsway.cases.api.CaseEvent;
import io.harmsway.cases.api.CaseMetadata;
import io.harmsway.cases.api.EntryCorrected;
import io.harmsway.query.ProjectionWrites;
import io.harmsway.query.ReadModels;
import io.harmsway.query.api.CaseTimelineQuery;
import io.harmsway.query.api.TimelineEntry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.harmsway.jdbc.Sql.instant;
import static io.harmsway.jdbc.Sql.ts;

/**
 * Keeps {@code timeline_entry}: every case event, clock events included, rendered readably. A
 * correction is an entry of its own, and marks the entry it corrects with its id and values.
 */
@ProcessingGroup(ReadModels.TIMELINE)
public class TimelineProjection {

    private static final TypeReference<Map<String, Object>> FACTS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ProjectionWrites writes;
    private final TimelineRenderer renderer;
    private final ObjectMapper json;

    public TimelineProjection(JdbcTemplate jdbc, ProjectionWrites writes, TimelineRenderer renderer, ObjectMapper json) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.renderer = renderer;
        this.json = json;
    }

    /**
     * The entry's {@code global_index} is the event's own row in the store, not its tracking
     * token's position: an event whose append committed after a later-numbered one's reaches the
     * processor as the filler of a gap, and its token then names the highest index seen so far.
     * Replayed, the same event has its own index as its position, so the token would renumber it.
     */
    @EventHandler
    void on(CaseEvent event, EventMessage<?> message, @Timestamp Instant recordedAt,
            @MetaDataValue(CaseMetadata.ACTOR) String actor) {
        writes.update("""
                insert into timeline_entry (event_id, case_id, type, title, facts, occurred_at, recorded_at, recorded_by,
                                            global_index)
                values (?, ?, ?, ?, ?::jsonb, ?, ?, ?,
                        (select global_index from domain_event_entry where event_identifier = ?))
                on conflict (event_id) do nothing""",
                message.getIdentifier(), event.caseId(), event.getClass().getSimpleName(), renderer.title(event),
                json(renderer.facts(event)), ts(event.occurredAt()), ts(recordedAt),
                actor == null ? "unknown" : actor, message.getIdentifier());
    }

    @EventHandler
    void on(EntryCorrected event, EventMessage<?> message, @Timestamp Instant recordedAt,
            @MetaDataValue(CaseMetadata.ACTOR) String actor) {
        on((CaseEvent) event, message, recordedAt, actor);
        writes.update("""
                update timeline_entry
                set corrected_by = ?, corrected_values = coalesce(corrected_values, '{}'::jsonb) || ?::jsonb
                where event_id = ? and case_id = ?""",
                message.getIdentifier(), json(Map.copyOf(event.correctedValues())), event.correctedEventId(),
                event.caseId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("truncate timeline_entry");
    }

    @QueryHandler
    List<TimelineEntry> handle(CaseTimelineQuery query) {
        return jdbc.query("""
                select event_id, type, title, facts, occurred_at, recorded_at, recorded_by, corrected_by, corrected_values
                from timeline_entry where case_id = ? order by occurred_at, global_index, entry_no""",
                (rs, row) -> entry(rs), query.caseId());
    }

    private TimelineEntry entry(ResultSet rs) throws SQLException {
        String correctedValues = rs.getString("corrected_values");
        return TimelineLines.line(rs.getString("event_id"), rs.getString("type"), rs.getString("title"),
                read(rs.getString("facts")), instant(rs, "occurred_at"), instant(rs, "recorded_at"),
                rs.getString("recorded_by"), rs.getString("corrected_by"),
                correctedValues == null ? Map.of() : read(correctedValues));
    }

    private String json(Map<String, ?> facts) {
        try {
            return json.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write timeline facts", e);
        }
    }

    private Map<String, Object> read(String text) {
        try {
            return json.readValue(text, FACTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read timeline facts", e);
        }
    }
}
