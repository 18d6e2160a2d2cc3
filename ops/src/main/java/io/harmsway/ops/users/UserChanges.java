package io.harmsway.ops.users;

import io.harmsway.jdbc.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The trail of every change to a user: a row in {@code user_change} (which the application may only
 * append to and read), written in the change's own transaction, and an INFO line from this logger.
 * Never a password: only that one was set.
 */
public class UserChanges {

    private static final Logger log = LoggerFactory.getLogger(UserChanges.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public UserChanges(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String changedBy, String username, String change) {
        Instant now = clock.instant();
        jdbc.update("insert into user_change (changed_at, changed_by, username, change) values (?, ?, ?, ?)",
                Sql.ts(now), changedBy, username, change);
        log.info("user changed: user={} by={} at={} change={}", username, changedBy, now, change);
    }

    /** A user's changes, oldest first. */
    public List<Change> of(String username) {
        return jdbc.query("select changed_at, changed_by, change from user_change where username = ? order by change_id",
                (row, n) -> new Change(Sql.instant(row, "changed_at"), row.getString("changed_by"), row.getString("change")),
                username);
    }

    public record Change(Instant at, String by, String change) {
    }
}
