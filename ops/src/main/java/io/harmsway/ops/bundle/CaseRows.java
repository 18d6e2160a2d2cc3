package io.harmsway.ops.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.harmsway.audit.api.EventLeaf;
import io.harmsway.cases.api.CaseRead;
import io.harmsway.cases.api.format.CaseKey;
import io.harmsway.cases.api.format.EventFormat;
import io.harmsway.jdbc.Sql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

/**
 * The stored rows a bundle proves, exactly as the store holds them: a case's events, found as the
 * replay finds them (by the case its payload names, through the V10 index on
 * {@code event_case_key(payload)}, reads of the case left out), and the reads its access log names,
 * by event id. A key is a prefix for an id the JSON must escape, so each row found by key is kept
 * only if its payload names the case exactly.
 */
class CaseRows {

    /** The longest key the index holds (bytes), as the V10 function cuts it. */
    private static final String COLUMNS = """
            select global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                   payload_type, payload_revision, payload, meta_data
            from domain_event_entry""";
    private static final RowMapper<StoredRow> ROW = (rs, n) -> StoredRow.of(rs.getLong("global_index"),
            new EventLeaf(rs.getString("event_identifier"), rs.getString("aggregate_identifier"),
                    rs.getLong("sequence_number"), rs.getString("type"), rs.getString("time_stamp"),
                    rs.getString("payload_type"), rs.getString("payload_revision"), rs.getBytes("payload"),
                    rs.getBytes("meta_data")));

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = EventFormat.objectMapper();

    CaseRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<StoredRow> ofCase(String caseId) {
        return jdbc.query(COLUMNS + " where event_case_key(payload) = ? and payload_type <> '"
                + CaseRead.class.getName() + "' order by global_index", ROW, (Object) CaseKey.of(caseId)).stream()
                .filter(row -> caseId.equals(caseIdOf(row)))
                .toList();
    }

    List<StoredRow> withIds(Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(COLUMNS + " where event_identifier = any (?) order by global_index",
                statement -> Sql.bindTexts(statement, 1, eventIds), ROW);
    }

    private String caseIdOf(StoredRow row) {
        try {
            JsonNode caseId = json.readTree(row.leaf().payload()).path("caseId");
            return caseId.isTextual() ? caseId.asText() : null;
        } catch (IOException unreadable) {
            return null;
        }
    }
}
