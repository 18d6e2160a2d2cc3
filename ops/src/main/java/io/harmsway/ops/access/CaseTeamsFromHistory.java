package io.harmsway.ops.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.harmsway.cases.api.CaseTransferred;
import io.harmsway.cases.api.ReferralReceived;
import io.harmsway.cases.api.format.EventFormat;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Fills {@link CaseTeams} from the events recorded before it existed, once, as the migration after
 * the one creating its tables: the subscribing processor sees only events appended from then on,
 * and an empty table would make every older case unknown. Reads the stored JSON with Jackson
 * rather than PostgreSQL's JSON operators, which refuse a payload holding an escaped NUL anywhere.
 * Writes through {@link CaseTeams}, so a fill run again, or an event also taken live, changes nothing.
 */
public class CaseTeamsFromHistory implements JavaMigration {

    private final ObjectMapper json = EventFormat.objectMapper();

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("7.1");
    }

    @Override
    public String getDescription() {
        return "case teams and clock cases from the recorded history";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        fill(new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true)));
    }

    /**
     * Every referral and transfer in the store, in the order they were appended. (It once filled
     * {@code clock_case} too, from the clock starts; V19 dropped that table, a clock's case being
     * its own row's in {@code sla_clock}.)
     */
    public void fill(JdbcTemplate jdbc) {
        CaseTeams teams = new CaseTeams(jdbc);
        jdbc.query("""
                select payload_type, payload from domain_event_entry
                where payload_type in (?, ?) order by global_index""",
                row -> {
                    String type = row.getString("payload_type");
                    JsonNode event = read(row.getBytes("payload"));
                    if (type.equals(ReferralReceived.class.getName())) {
                        teams.opened(event.path("caseId").asText(), event.path("team").asText());
                    } else {
                        teams.transferred(event.path("caseId").asText(), event.path("toTeam").asText());
                    }
                },
                ReferralReceived.class.getName(), CaseTransferred.class.getName());
    }

    private JsonNode read(byte[] payload) {
        try {
            return json.readTree(payload);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("a stored event cannot be read as JSON", unreadable);
        }
    }
}
