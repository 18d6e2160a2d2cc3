package io.harmsway.ops.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** {@code notification_delivery} for the delivery worker and operators. */
public class DeliveryStore {

    private static final int ERROR_LENGTH = 1000;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public DeliveryStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Claims up to {@code limit} due rows until {@code leaseUntil}. {@code FOR UPDATE SKIP LOCKED}
     * keeps two workers claiming at once from taking the same row; the lease keeps a row claimed
     * and being sent from being claimed again until it runs out.
     */
    public List<Delivery> claim(Instant now, Instant leaseUntil, int limit) {
        return jdbc.query("""
                update notification_delivery set lease_until = ? where id in (
                    select id from notification_delivery
                    where status = 'PENDING' and due_at <= ? and (lease_until is null or lease_until <= ?)
                    order by due_at, id limit ? for update skip locked)
                returning id, event_id, recipient, channel, kind, case_id, address, content::text as content, attempts,
                          lease_until""",
                (rs, row) -> delivery(rs), ts(leaseUntil), ts(now), ts(now), limit);
    }

    /** Sent; false if the claim had run out and another worker took the row meanwhile. */
    public boolean recordSent(Delivery delivery, Instant at) {
        return jdbc.update("""
                update notification_delivery set status = 'SENT', sent_at = ?, last_attempt_at = ?,
                    attempts = attempts + 1, lease_until = null, last_error = null
                where id = ? and lease_until = ?""", ts(at), ts(at), delivery.id(), ts(delivery.leaseUntil())) == 1;
    }

    /** Failed: to be tried again at {@code retryAt}, or dead when that was the last attempt. */
    public boolean recordFailed(Delivery delivery, Instant at, String error, Instant retryAt, boolean dead) {
        return jdbc.update("""
                update notification_delivery set status = ?, due_at = coalesce(?, due_at), last_attempt_at = ?,
                    attempts = attempts + 1, lease_until = null, last_error = ?
                where id = ? and lease_until = ?""", dead ? "DEAD" : "PENDING", dead ? null : ts(retryAt), ts(at),
                truncated(error), delivery.id(), ts(delivery.leaseUntil())) == 1;
    }

    /** Whether this transaction may write digests: false while another node's transaction does. */
    public boolean lockDigests() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(hashtext('notification-digests'))",
                Boolean.class));
    }

    /** Held warnings whose digest time has come, for the digest writer (locked, in its transaction). */
    public List<HeldWarning> heldForDigest(Instant now) {
        return jdbc.query("""
                select id, recipient, channel, address, content::text as content from notification_delivery
                where status = 'DIGEST' and due_at <= ? order by recipient, channel, id for update skip locked""",
                (rs, row) -> new HeldWarning(rs.getLong("id"), rs.getString("recipient"),
                        Channel.valueOf(rs.getString("channel")), rs.getString("address"), notice(rs.getString("content"))),
                ts(now));
    }

    /** One digest row in place of the held warnings, which point to it. */
    public void writeDigest(List<HeldWarning> warnings, Notice digest, Instant now) {
        HeldWarning first = warnings.get(0);
        HeldWarning last = warnings.get(warnings.size() - 1);
        Long digestId = jdbc.queryForObject("""
                insert into notification_delivery (event_id, recipient, channel, kind, address, content, status, due_at,
                                                   created_at)
                values (?, ?, ?, 'DIGEST', ?, ?::jsonb, 'PENDING', ?, ?) returning id""", Long.class,
                "digest-" + first.id(), first.recipient(), first.channel().name(), last.address(), write(digest),
                ts(now), ts(now));
        jdbc.batchUpdate("update notification_delivery set status = 'BATCHED', digest_id = ? where id = ?",
                warnings.stream().map(warning -> new Object[]{digestId, warning.id()}).toList());
    }

    public List<DeadDelivery> dead() {
        return jdbc.query("""
                select id, event_id, recipient, channel, kind, case_id, address, attempts, created_at, last_attempt_at,
                       last_error
                from notification_delivery where status = 'DEAD' order by last_attempt_at, id""",
                (rs, row) -> new DeadDelivery(rs.getLong("id"), rs.getString("event_id"), rs.getString("recipient"),
                        Channel.valueOf(rs.getString("channel")), NoticeKind.valueOf(rs.getString("kind")),
                        rs.getString("case_id"), rs.getString("address"), rs.getInt("attempts"),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("last_attempt_at").toInstant(),
                        rs.getString("last_error")));
    }

    /** A dead delivery back in the queue, due now, with all its attempts again; false if none such is dead. */
    public boolean resend(long id, Instant now) {
        return jdbc.update("""
                update notification_delivery set status = 'PENDING', due_at = ?, attempts = 0, lease_until = null
                where id = ? and status = 'DEAD'""", ts(now), id) == 1;
    }

    /** Dead deliveries by channel. */
    public Map<String, Long> deadByChannel() {
        return jdbc.query("select channel, count(*) from notification_delivery where status = 'DEAD' group by channel"
                        + " order by channel",
                rs -> {
                    Map<String, Long> counts = new java.util.LinkedHashMap<>();
                    while (rs.next()) {
                        counts.put(rs.getString(1), rs.getLong(2));
                    }
                    return counts;
                });
    }

    private Delivery delivery(ResultSet rs) throws SQLException {
        return new Delivery(rs.getLong("id"), rs.getString("event_id"), rs.getString("recipient"),
                Channel.valueOf(rs.getString("channel")), NoticeKind.valueOf(rs.getString("kind")),
                rs.getString("case_id"), rs.getString("address"), notice(rs.getString("content")), rs.getInt("attempts"),
                rs.getTimestamp("lease_until").toInstant());
    }

    private Notice notice(String content) {
        try {
            return json.readValue(content, Notice.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored notice could not be read", e);
        }
    }

    private String write(Notice notice) {
        try {
            return json.writeValueAsString(notice);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a notice could not be written as JSON", e);
        }
    }

    private static String truncated(String error) {
        return error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    public record HeldWarning(long id, String recipient, Channel channel, String address, Notice notice) {
    }
}
