package io.harmsway.query.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.harmsway.cases.api.CaseEvent;
import io.harmsway.cases.api.CaseMetadata;
import io.harmsway.query.api.CaseTimelineQuery;
import io.harmsway.query.api.TimelineEntry;
import io.harmsway.query.Projections;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

import static io.harmsway.query.Sql.instant;
import static io.harmsway.query.Sql.ts;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Keeps {@code timeline_entry}: every case event, clock events included, rendered readably. */
@ProcessingGroup(Projections.GROUP)
public class TimelineProjection {

    private static final TypeReference<Map<String, Object>> FACTS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final TimelineRenderer renderer;
    private final ObjectMapper json;

    public TimelineProjection(JdbcTemplate jdbc, TimelineRenderer renderer, ObjectMapper json) {
        this.jdbc = jdbc;
        this.renderer = renderer;
        this.json = json;
    }

    @EventHandler
    void on(CaseEvent event, EventMessage<?> message, @Timestamp Instant recordedAt,
            @MetaDataValue(CaseMetadata.ACTOR) String actor) {
        jdbc.update("""
                insert into timeline_entry (event_id, case_id, type, title, facts, occurred_at, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?::jsonb, ?, ?, ?)
                on conflict (event_id) do nothing""",
                message.getIdentifier(), event.caseId(), event.getClass().getSimpleName(), renderer.title(event),
                json(renderer.facts(event)), ts(event.occurredAt()), ts(recordedAt),
                actor == null ? "unknown" : actor);
    }

    @ResetHandler
    void reset() {
        jdbc.update("truncate timeline_entry");
    }

    @QueryHandler
    List<TimelineEntry> handle(CaseTimelineQuery query) {
        return jdbc.query("""
                select event_id, type, title, facts, occurred_at, recorded_at, recorded_by from timeline_entry
                where case_id = ? order by occurred_at, entry_no""",
                (rs, row) -> new TimelineEntry(rs.getString("event_id"), rs.getString("type"), rs.getString("title"),
                        facts(rs.getString("facts")), instant(rs, "occurred_at"),
                        instant(rs, "recorded_at"), rs.getString("recorded_by")),
                query.caseId());
    }

    private String json(Map<String, Object> facts) {
        try {
            return json.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write timeline facts", e);
        }
    }

    private Map<String, Object> facts(String text) {
        try {
            return json.readValue(text, FACTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read timeline facts", e);
        }
    }
}
