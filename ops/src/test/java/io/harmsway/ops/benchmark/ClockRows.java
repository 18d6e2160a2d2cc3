package io.harmsway.ops.benchmark;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Fills {@code sla_clock} quickly (one INSERT ... SELECT per 100,000 rows, generated in the
 * server) with running clocks of the suspect-interview rule, either due now or due days from now.
 * Only columns that every later migration keeps are named, so columns added with defaults do not
 * break it. Case ids are unique per row, as one running clock per case, rule and subject demands.
 */
final class ClockRows {

    private static final int CHUNK = 100_000;

    private final JdbcTemplate jdbc;
    private long nextCase;

    ClockRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Clocks whose deadline has passed a few minutes before {@code now}: each is due for its breach. */
    void addDue(int count, Instant now) {
        add(count, now.minus(Duration.ofMinutes(1)), -1);
    }

    /** Clocks due from a day after {@code now} onwards, one second apart: none needs the sweep yet. */
    void addNotDue(int count, Instant now) {
        add(count, now.plus(Duration.ofDays(1)), 1);
    }

    /** Takes the clocks that have been breached out of the running ones, as if someone had met them. */
    void closeBreached() {
        jdbc.update("update sla_clock set state = 'MET', stopped_at = breached_at where state = 'OPEN' and breached_at is not null");
    }

    long open() {
        return jdbc.queryForObject("select count(*) from sla_clock where state = 'OPEN'", Long.class);
    }

    long dueAt(Instant now) {
        return jdbc.queryForObject("select count(*) from sla_clock where next_attention_at <= ?", Long.class,
                Timestamp.from(now));
    }

    void analyze() {
        jdbc.execute("analyze sla_clock");
    }

    /** Due times start at {@code firstDue} and move a second per row in {@code direction}. */
    private void add(int count, Instant firstDue, int direction) {
        for (int done = 0; done < count; done += CHUNK) {
            int rows = Math.min(CHUNK, count - done);
            jdbc.update("""
                    insert into sla_clock (clock_id, case_id, rule_id, rule_version, subject_id, started_at, due_at,
                                           state, risk_grade, warnings_raised, next_attention_at)
                    select gen_random_uuid(), 'bench-case-' || g, 'suspect-interview', 1, 'suspect-1',
                           due - interval '7 days', due, 'OPEN', 'HIGH', 2, due
                    from generate_series(?::bigint, ?::bigint) g,
                         lateral (select ?::timestamptz + (g - ?::bigint) * ? * interval '1 second' as due) d""",
                    nextCase, nextCase + rows - 1, Timestamp.from(firstDue), nextCase, direction);
            nextCase += rows;
        }
    }
}
