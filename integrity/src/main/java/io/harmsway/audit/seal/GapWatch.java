package io.harmsway.audit.seal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Decides when a gap in the global index may be passed over: never while a transaction that can
 * still commit a row into it may be running.
 *
 * <p>Why this holds: a row above the gap is visible, so the gap's index was drawn from the
 * sequence before that row's, by a transaction that was then already inserting. When the gap is
 * first seen, a snapshot is taken; its {@code xmax} is above the id of every transaction that had
 * one by then. Once the oldest running transaction ({@code xmin} of a later snapshot) is at or
 * above that {@code xmax}, every such transaction has ended; had the gap's one committed, its row
 * would now be visible. So a gap still empty then was rolled back and can never fill.
 *
 * <p>The one case that argument leaves is a transaction that drew the index but had no
 * transaction id yet when the gap was seen (PostgreSQL assigns it at the row's first write, a
 * moment after the default is computed): the gap must also have been seen for at least
 * {@code grace} (measured by a monotonic timer, not the application's clock). A transaction left
 * open for long holds sealing back at its gap, which is logged: that is the price of never
 * sealing out of order, and the database's {@code idle_in_transaction_session_timeout} bounds it.
 */
final class GapWatch {

    private static final Logger log = LoggerFactory.getLogger(GapWatch.class);
    private static final Duration LONG_WAIT = Duration.ofSeconds(60);

    private final JdbcTemplate jdbc;
    private final Duration grace;
    private final LongSupplier nanoTime;
    private Sighting sighting;

    GapWatch(JdbcTemplate jdbc, Duration grace, LongSupplier nanoTime) {
        this.jdbc = jdbc;
        this.grace = grace;
        this.nanoTime = nanoTime;
    }

    /** True once the indexes {@code from..to} (none visible, a row visible above) can never be filled. */
    boolean passable(long from, long to) {
        if (sighting == null || sighting.from != from) {
            sighting = new Sighting(from, snapshot("pg_snapshot_xmax"), nanoTime.getAsLong(), false);
            return false;
        }
        long waited = nanoTime.getAsLong() - sighting.seenAt;
        if (waited < grace.toNanos()) {
            return false;
        }
        if (snapshot("pg_snapshot_xmin") < sighting.xmax) {
            if (waited > LONG_WAIT.toNanos() && !sighting.warned) {
                log.warn("Sealing waits at global index {}: a transaction that began before it was seen is still open", from);
                sighting = new Sighting(sighting.from, sighting.xmax, sighting.seenAt, true);
            }
            return false;
        }
        log.info("Global index {}..{} was never committed (its transactions rolled back): sealing passes over it", from, to);
        sighting = null;
        return true;
    }

    private long snapshot(String part) {
        return jdbc.queryForObject("select " + part + "(pg_current_snapshot())::text::bigint", Long.class);
    }

    private record Sighting(long from, long xmax, long seenAt, boolean warned) {
    }
}
