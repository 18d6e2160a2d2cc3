package io.harmsway.query.inspection;

/**
 * What a clock's row says about it, as SQL over the row's alias, judged at {@code asof.now}. A clock
 * is breached when its deadline passed before it was met: met late, breached and never met, ended
 * (cancelled) after its deadline, or still running past it. So a breached clock met late counts as
 * breached, and so does a late clock met before any sweep raised its breach.
 */
final class ClockStates {

    private ClockStates() {
    }

    static String metOnTime(String k) {
        return "(" + k + ".met and " + k + ".late_by_seconds = 0)";
    }

    static String metLate(String k) {
        return "(" + k + ".met and " + k + ".late_by_seconds > 0)";
    }

    static String open(String k) {
        return "(" + k + ".ended_at is null)";
    }

    static String cancelled(String k) {
        return "(" + k + ".ended_at is not null and not " + k + ".met)";
    }

    static String overdue(String k) {
        return "(" + k + ".breached_at is not null or (" + k + ".paused_since is null and " + k + ".due_at < asof.now))";
    }

    static String breached(String k) {
        return "(" + metLate(k) + " or (" + open(k) + " and " + overdue(k) + ") or (" + cancelled(k) + " and ("
                + k + ".breached_at is not null or " + k + ".ended_at > " + k + ".due_at)))";
    }

    static String breachedStillOpen(String k) {
        return "(" + open(k) + " and " + overdue(k) + ")";
    }

    /** Met on time after a warning: the warning was heeded. */
    static String warningHeeded(String k) {
        return "(" + metOnTime(k) + " and " + k + ".warned_at is not null and " + k + ".warned_at <= " + k + ".ended_at)";
    }

    /** Paused time so far, in seconds: the pauses that ended and the one still open. */
    static String pausedSeconds(String k) {
        return "(" + k + ".paused_seconds + coalesce(extract(epoch from asof.now - " + k + ".paused_since), 0))";
    }

    static String seconds(String later, String earlier) {
        return "extract(epoch from " + later + " - " + earlier + ")";
    }
}
