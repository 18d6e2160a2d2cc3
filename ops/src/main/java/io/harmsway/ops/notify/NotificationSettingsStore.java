package io.harmsway.ops.notify;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalTime;
import java.util.Optional;

/** {@code notification_setting}: each user's own row. */
public class NotificationSettingsStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public NotificationSettingsStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public NotificationSettings of(String username) {
        return find(username).orElseGet(() -> NotificationSettings.none(username));
    }

    public Optional<NotificationSettings> find(String username) {
        return jdbc.query("select * from notification_setting where username = ?", (rs, row) -> settings(rs), username)
                .stream().findFirst();
    }

    public void save(NotificationSettings settings) {
        jdbc.update("""
                insert into notification_setting (username, email, webhook_url, webhook_secret, warning_digest,
                                                  quiet_from, quiet_until, quiet_lower_risk_breaches, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (username) do update set email = excluded.email, webhook_url = excluded.webhook_url,
                    webhook_secret = excluded.webhook_secret, warning_digest = excluded.warning_digest,
                    quiet_from = excluded.quiet_from, quiet_until = excluded.quiet_until,
                    quiet_lower_risk_breaches = excluded.quiet_lower_risk_breaches, updated_at = excluded.updated_at""",
                settings.username(), settings.email(), settings.webhookUrl(), settings.webhookSecret(),
                settings.warningDigest(), time(settings.quietFrom()), time(settings.quietUntil()),
                settings.quietLowerRiskBreaches(), Timestamp.from(clock.instant()));
    }

    private static NotificationSettings settings(ResultSet rs) throws SQLException {
        return new NotificationSettings(rs.getString("username"), rs.getString("email"), rs.getString("webhook_url"),
                rs.getString("webhook_secret"), rs.getBoolean("warning_digest"), localTime(rs.getTime("quiet_from")),
                localTime(rs.getTime("quiet_until")), rs.getBoolean("quiet_lower_risk_breaches"));
    }

    private static Time time(LocalTime time) {
        return time == null ? null : Time.valueOf(time);
    }

    private static LocalTime localTime(Time time) {
        return time == null ? null : time.toLocalTime();
    }
}
