package io.harmsway.ops.users;

import io.harmsway.jdbc.Sql;
import io.harmsway.ops.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The table {@code app_user}: the one writer and reader of users. Every read is by primary key or
 * on the team index, and is made afresh each time (no cache): a changed role or a disabled user
 * counts from the next request on, on every node.
 */
public class UserAccounts {

    private static final String COLUMNS = "username, password_hash, role, team, positions, enabled";
    private static final RowMapper<UserAccount> ROW = UserAccounts::account;

    private final JdbcTemplate jdbc;

    public UserAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> find(String username) {
        return jdbc.query("select " + COLUMNS + " from app_user where username = ?", ROW, username).stream().findFirst();
    }

    /** The user, locked until the transaction ends: for a change decided on what the row says. */
    public Optional<UserAccount> findForUpdate(String username) {
        return jdbc.query("select " + COLUMNS + " from app_user where username = ? for update", ROW, username)
                .stream().findFirst();
    }

    public List<UserAccount> all() {
        return jdbc.query("select " + COLUMNS + " from app_user order by username", ROW);
    }

    /** Inserts the user unless one of that name exists; answers whether it did. */
    public boolean insertIfAbsent(UserAccount user, Instant now) {
        return jdbc.update("""
                        insert into app_user (username, password_hash, role, team, positions, enabled, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (username) do nothing""",
                user.username(), user.passwordHash(), user.role().name(), user.team(),
                positions(user.positions()), user.enabled(), Sql.ts(now), Sql.ts(now)) > 0;
    }

    /** Writes the user's role, team, positions and enabled flag (not the password). */
    public void update(UserAccount user, Instant now) {
        jdbc.update("update app_user set role = ?, team = ?, positions = ?, enabled = ?, updated_at = ? where username = ?",
                user.role().name(), user.team(), positions(user.positions()), user.enabled(), Sql.ts(now),
                user.username());
    }

    public void setPasswordHash(String username, String hash, Instant now) {
        jdbc.update("update app_user set password_hash = ?, updated_at = ? where username = ?", hash,
                Sql.ts(now), username);
    }

    /**
     * The enabled administrators, locked until the transaction ends, so two concurrent changes cannot
     * each leave the other as the last one and then disable it too.
     */
    public List<String> enabledAdministratorsForUpdate() {
        return jdbc.queryForList("select username from app_user where role = ? and enabled order by username for update",
                String.class, Role.ADMINISTRATOR.name());
    }

    public List<String> enabledWithRole(String team, Role role) {
        return jdbc.queryForList("select username from app_user where team = ? and role = ? and enabled order by username",
                String.class, team, role.name());
    }

    /** The enabled users of a team holding a position (normalised). */
    public List<String> holdersOf(String team, String position) {
        return jdbc.queryForList("select username from app_user where team = ? and ? = any(positions) and enabled"
                + " order by username", String.class, team, Positions.normalised(position));
    }

    /** The teams someone works in, disabled users included: their cases still belong there. */
    public List<String> teams() {
        return jdbc.queryForList("select distinct team from app_user where team is not null order by team", String.class);
    }

    public boolean teamExists(String team) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from app_user where team = ?)",
                Boolean.class, team));
    }

    /** The driver binds a String[] as text[]. */
    private static String[] positions(List<String> positions) {
        return positions.toArray(String[]::new);
    }

    private static UserAccount account(ResultSet row, int n) throws SQLException {
        Array positions = row.getArray("positions");
        return new UserAccount(row.getString("username"), row.getString("password_hash"),
                Role.valueOf(row.getString("role")), row.getString("team"),
                Arrays.asList((String[]) positions.getArray()), row.getBoolean("enabled"));
    }
}
