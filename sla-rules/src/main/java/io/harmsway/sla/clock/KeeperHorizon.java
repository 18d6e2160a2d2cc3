package io.harmsway.sla.clock;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How far the sweep may judge: the moment up to which the clock keeper has taken in every case
 * event. An action recorded before its clock's deadline meets the clock only once the keeper has
 * handled it; were the sweep to judge that clock first, it would raise a breach for an action done
 * on time. So the sweep judges as of now only when the keeper has handled every case event stored;
 * otherwise as of the moment the oldest case event it has not yet handled was recorded. The sweep
 * follows the keeper's lag, never runs ahead of it. Events appended outside the case (the clocks'
 * own warnings and breaches, which the keeper ignores) have no aggregate type and do not hold it back.
 */
public class KeeperHorizon {

    private final ProcessorTokens tokens;
    private final JdbcTemplate jdbc;

    public KeeperHorizon(ProcessorTokens tokens, JdbcTemplate jdbc) {
        this.tokens = tokens;
        this.jdbc = jdbc;
    }

    /** {@code now}, or earlier when a case event recorded before it still waits for the keeper. */
    public Instant judgeAsOf(Instant now) {
        ProcessorTokens.Progress keeper = tokens.progressOf(ClockKeeper.GROUP);
        long position = keeper == null ? -1 : keeper.position();
        Instant oldestWaiting = earliest(jdbc.queryForList("""
                select time_stamp from domain_event_entry
                where global_index > ? and type is not null order by global_index limit 1""", String.class, position));
        if (keeper != null && !keeper.gaps().isEmpty()) {
            String gaps = keeper.gaps().stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
            oldestWaiting = earlier(oldestWaiting, earliest(jdbc.queryForList(
                    "select time_stamp from domain_event_entry where global_index = any(?::bigint[]) and type is not null",
                    String.class, gaps)));
        }
        return earlier(now, oldestWaiting);
    }

    private static Instant earliest(List<String> timeStamps) {
        return timeStamps.stream().map(Instant::parse).min(Instant::compareTo).orElse(null);
    }

    private static Instant earlier(Instant one, Instant other) {
        if (one == null) {
            return other;
        }
        return other == null || one.isBefore(other) ? one : other;
    }
}
