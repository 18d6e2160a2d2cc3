package io.harmsway.audit.seal;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The advisory lock that makes one node at a time extend the seals, held for the transaction.
 * Taking a checkpoint waits for it, so a checkpoint signs a tree no sealer is extending.
 */
final class SealingLock {

    /** "harmsway" in ASCII: an advisory lock key of this application's own. */
    private static final long KEY = 0x6861726d73776179L;

    private SealingLock() {
    }

    static boolean tryTake(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, KEY));
    }

    static void take(JdbcTemplate jdbc) {
        jdbc.queryForObject("select pg_advisory_xact_lock(?)::text", String.class, KEY);
    }
}
