package io.harmsway.ops.benchmark;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * When each action's entry appears in the timeline read model, measured from outside the path: the
 * clients note the moment each action was answered 2xx, and one thread of its own asks the read model
 * every few milliseconds how many entries of the watched types each case still waiting has (through
 * the case index, one query for all of them). The k-th entry of a case is its k-th action, because a
 * case's events are projected in order. An entry seen before its client noted the answer counts 0.
 * The sighting is at most one poll late: the poll interval is the resolution.
 */
final class TimelineWatch implements AutoCloseable {

    private final JdbcTemplate jdbc;
    private final int actionsPerCase;
    private final String[] types;
    private final Duration interval;
    private final Map<String, CaseWatch> cases = new ConcurrentHashMap<>();
    private final Map<String, CaseWatch> waiting = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread poller;

    TimelineWatch(JdbcTemplate jdbc, int actionsPerCase, List<String> types, Duration interval) {
        this.jdbc = jdbc;
        this.actionsPerCase = actionsPerCase;
        this.types = types.toArray(String[]::new);
        this.interval = interval;
        this.poller = new Thread(this::poll, "timeline-watch");
        poller.setDaemon(true);
        poller.start();
    }

    /** The client's 2xx answer for the case's {@code action}-th action (0 is the one that opened it). */
    void answered(String caseId, int action) {
        long now = System.nanoTime();
        CaseWatch watch = cases.computeIfAbsent(caseId, id -> new CaseWatch(actionsPerCase));
        watch.answered[action] = now;
        waiting.putIfAbsent(caseId, watch);
    }

    /** Waits until every answered action's entry has been seen; answers how long that took. */
    Duration awaitAllSeen(Duration atMost) throws InterruptedException {
        long start = System.nanoTime();
        while (!waiting.isEmpty()) {
            if (System.nanoTime() - start > atMost.toNanos()) {
                throw new IllegalStateException(waiting.size() + " cases' entries not in the timeline after " + atMost);
            }
            Thread.sleep(interval.toMillis());
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Answer-to-entry time of every action seen, then forgets them (for the next round). */
    long[] latenciesAndReset() {
        long[] all = cases.values().stream().flatMapToLong(watch -> Arrays.stream(watch.latencies())).toArray();
        cases.clear();
        return all;
    }

    private void poll() {
        while (running.get()) {
            try {
                if (!waiting.isEmpty()) {
                    String[] ids = waiting.keySet().toArray(String[]::new);
                    jdbc.query("""
                            select case_id, count(*) from timeline_entry
                            where case_id = any(?) and type = any(?) group by case_id""",
                            (RowCallbackHandler) rs -> seen(rs.getString(1), rs.getInt(2), System.nanoTime()),
                            ids, types);
                }
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void seen(String caseId, int entries, long now) {
        CaseWatch watch = waiting.get(caseId);
        while (watch.seenCount < entries) {
            watch.seen[watch.seenCount++] = now;
        }
        if (watch.seenCount == actionsPerCase) {
            waiting.remove(caseId);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        poller.interrupt();
        poller.join();
    }

    private static final class CaseWatch {
        final long[] answered;
        final long[] seen;
        volatile int seenCount;

        CaseWatch(int actions) {
            answered = new long[actions];
            seen = new long[actions];
        }

        long[] latencies() {
            long[] latencies = new long[seenCount];
            for (int i = 0; i < seenCount; i++) {
                latencies[i] = answered[i] == 0 ? 0 : Math.max(0, seen[i] - answered[i]);
            }
            return latencies;
        }
    }
}
