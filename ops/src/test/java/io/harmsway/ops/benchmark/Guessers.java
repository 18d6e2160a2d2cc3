package io.harmsway.ops.benchmark;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Clients sending requests (wrong passwords, or a flood of anything) as fast as they are answered,
 * from the moment they start until they are closed, or at most {@code limit} (time) or
 * {@code maxGuesses} in all: the attack a real user's requests must not suffer from. Counts the
 * answers by status.
 */
final class Guessers implements AutoCloseable {

    private final ExecutorService pool;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();

    /** {@code guess} makes the n-th guess. */
    Guessers(int count, HttpLoad http, IntFunction<HttpRequest> guess, Duration limit, int maxGuesses) {
        pool = Executors.newFixedThreadPool(count);
        long deadline = System.nanoTime() + limit.toNanos();
        AtomicInteger sent = new AtomicInteger();
        for (int i = 0; i < count; i++) {
            pool.submit(() -> {
                for (int n = sent.getAndIncrement(); !stop.get() && n < maxGuesses && System.nanoTime() < deadline;
                     n = sent.getAndIncrement()) {
                    int status = http.send(guess.apply(n));
                    answers.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                }
                return null;
            });
        }
    }

    /** Answers so far by status, e.g. {401=20, 429=5310}. */
    Map<Integer, Integer> answers() {
        Map<Integer, Integer> counts = new TreeMap<>();
        answers.forEach((status, count) -> counts.put(status, count.get()));
        return counts;
    }

    @Override
    public void close() throws InterruptedException {
        stop.set(true);
        pool.shutdown();
        if (!pool.awaitTermination(2, TimeUnit.MINUTES)) {
            pool.shutdownNow();
        }
    }
}
