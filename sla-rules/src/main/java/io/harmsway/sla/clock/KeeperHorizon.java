package io.harmsway.sla.clock;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How far the sweep may judge: the moment up to which the clock keeper has taken in every case
 * event. An action recorded before its clock's deadline meets the clock only once the keeper has
 * handled it; were the sweep to judge that clock first, it would raise a breach for an action done
 * on time. So the sweep judges as of now only when the keeper has handled every case event stored;
 * otherwise as of the moment the oldest case event it has not yet handled was recorded. The sweep
 * follows the keeper's lag, never runs ahead of it. Only the events that may change a clock
 * ({@link EventsThatMatter}) hold it back: a note, a read, the clocks' own warnings and breaches
 * change no clock, and the keeper passes over them without storing its place at once.
 */
public class KeeperHorizon {

    /** The stored time of an event, when its type (by simple name) is one that may change a clock. */
    private static final String MATTERS = "substring(payload_type from '[^.]+$') = any(?::text[])";

    private final ProcessorTokens tokens;
    private final JdbcTemplate jdbc;
    private final String typesThatMatter;

    public KeeperHorizon(ProcessorTokens tokens, JdbcTemplate jdbc, EventsThatMatter eventsThatMatter) {
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.typesThatMatter = eventsThatMatter.simpleNames().stream().sorted()
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** {@code now}, or earlier when a case event recorded before it still waits for the keeper. */
    public Instant judgeAsOf(Instant now) {
        return oldestWaiting().filter(recorded -> recorded.isBefore(now)).orElse(now);
    }

    /** Whether the keeper, on whichever node, has stored its place past every event that may change a clock. */
    public boolean caughtUp() {
        return oldestWaiting().isEmpty();
    }

    /** When the oldest event that may change a clock and that the keeper has not taken in was recorded. */
    private Optional<Instant> oldestWaiting() {
        ProcessorTokens.Progress keeper = tokens.progressOf(ClockKeeper.GROUP);
        long position = keeper == null ? -1 : keeper.position();
        Instant oldest = earliest(jdbc.queryForList("select time_stamp from domain_event_entry"
                + " where global_index > ? and " + MATTERS + " order by global_index limit 1", String.class, position,
                typesThatMatter));
        if (keeper != null && !keeper.gaps().isEmpty()) {
            String gaps = keeper.gaps().stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
            oldest = earlier(oldest, earliest(jdbc.queryForList(
                    "select time_stamp from domain_event_entry where global_index = any(?::bigint[]) and " + MATTERS,
                    String.class, gaps, typesThatMatter)));
        }
        return Optional.ofNullable(oldest);
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
