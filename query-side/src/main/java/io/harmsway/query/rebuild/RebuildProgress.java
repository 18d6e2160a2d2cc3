package io.harmsway.query.rebuild;

import io.harmsway.query.api.RebuildStatus;

import java.time.Clock;
import java.time.Instant;

/**
 * One rebuild's progress. The rate is measured on the JVM's monotonic timer: it is a measurement of
 * this machine's speed, not a time in the record, so the injected clock (which tests hold still)
 * gives only the start and finish moments.
 */
final class RebuildProgress {

    private final String group;
    private final long total;
    private final Instant startedAt;
    private final long startedNanos = System.nanoTime();
    private final Clock clock;
    private volatile String state = "RUNNING";
    private volatile long done;
    private volatile long position;
    private volatile Instant finishedAt;
    private volatile String problem;

    RebuildProgress(String group, long total, Clock clock) {
        this.group = group;
        this.total = total;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    void handled(long events, long atPosition) {
        done += events;
        position = Math.max(position, atPosition);
    }

    void swapping() {
        state = "SWAPPING";
    }

    void done() {
        state = "DONE";
        finishedAt = clock.instant();
    }

    void failed(String why) {
        problem = why;
        state = "FAILED";
        finishedAt = clock.instant();
    }

    RebuildStatus status() {
        double seconds = Math.max(1e-3, (System.nanoTime() - startedNanos) / 1e9);
        double rate = done / seconds;
        Long left = "RUNNING".equals(state) && rate > 0 ? Math.round(Math.max(0, total - position) / rate) : null;
        return new RebuildStatus(group, state, done, total, Math.round(rate * 10) / 10.0,
                "DONE".equals(state) ? Long.valueOf(0) : left, startedAt, finishedAt, problem);
    }
}
