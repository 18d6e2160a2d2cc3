package io.harmsway.ops.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Concurrent clients sharing a fixed amount of work: each takes the next unit until none is left,
 * so all of them are busy until the end. A unit is one case's worth of actions.
 */
final class Clients {

    /** One unit of work: the client's own number and the unit's number. Answers the actions it did. */
    interface Unit {
        int run(int client, int unit) throws Exception;
    }

    private final int count;

    Clients(int count) {
        this.count = count;
    }

    Rate run(int units, Unit unit) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            long start = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < count; client++) {
                int me = client;
                running.add(pool.submit(() -> {
                    for (int n = next.getAndIncrement(); n < units; n = next.getAndIncrement()) {
                        done.addAndGet(unit.run(me, n));
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
            return new Rate(done.get(), Duration.ofNanos(System.nanoTime() - start));
        } finally {
            pool.shutdownNow();
        }
    }
}
