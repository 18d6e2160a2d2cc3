package io.harmsway.query.access;

import io.harmsway.cases.api.CaseRead;
import io.harmsway.query.ProjectionWrites;
import io.harmsway.query.ReadModels;
import io.harmsway.query.api.AccessNoticesQuery;
import io.harmsway.query.api.CaseAccessLogQuery;
import io.harmsway.query.api.CaseReadEntry;
import io.harmsway.query.api.UserAccessLogQuery;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import static io.harmsway.jdbc.Sql.instant;
import static io.harmsway.jdbc.Sql.ts;

/**
 * Keeps {@code case_access_log}: one row per {@link CaseRead} in the store, its own processing
 * group, so it can be rebuilt from the store alone. Answers a case's log, a user's, and the
 * auditor's notices (the reads that broke the glass), each newest first and at most {@link #LIMIT}.
 */
@ProcessingGroup(ReadModels.ACCESS_LOG)
public class AccessLogProjection {

    /** The most rows one answer holds: the latest reads, enough for any page. */
    public static final int LIMIT = 1000;

    private static final String NEWEST_FIRST = " order by read_at desc, event_id limit " + LIMIT;

    private final JdbcTemplate jdbc;
    private final ProjectionWrites writes;

    public AccessLogProjection(JdbcTemplate jdbc, ProjectionWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    @EventHandler
    void on(CaseRead read, EventMessage<?> message) {
        writes.update("""
                insert into case_access_log (event_id, case_id, reader, reader_role, reader_team, case_team, what,
                                             address, reason, broke_glass, read_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (event_id) do nothing""",
                message.getIdentifier(), read.caseId(), read.reader(), read.readerRole(), read.readerTeam(),
                read.caseTeam(), read.what(), read.address(), read.reason(), read.brokeGlass(), ts(read.at()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("truncate case_access_log");
    }

    @QueryHandler
    List<CaseReadEntry> handle(CaseAccessLogQuery query) {
        return jdbc.query("select * from case_access_log where case_id = ?" + NEWEST_FIRST, AccessLogProjection::entry,
                query.caseId());
    }

    @QueryHandler
    List<CaseReadEntry> handle(UserAccessLogQuery query) {
        return jdbc.query("select * from case_access_log where reader = ?" + NEWEST_FIRST, AccessLogProjection::entry,
                query.user());
    }

    @QueryHandler
    List<CaseReadEntry> handle(AccessNoticesQuery query) {
        return jdbc.query("select * from case_access_log where broke_glass" + NEWEST_FIRST, AccessLogProjection::entry);
    }

    private static CaseReadEntry entry(ResultSet rs, int row) throws SQLException {
        return new CaseReadEntry(rs.getString("event_id"), rs.getString("case_id"), rs.getString("reader"),
                rs.getString("reader_role"), rs.getString("reader_team"), rs.getString("case_team"),
                rs.getString("what"), rs.getString("address"), rs.getString("reason"), rs.getBoolean("broke_glass"),
                instant(rs, "read_at"));
    }
}
