package io.harmsway.audit.seal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the sealer on a thread of its own while the application runs: batch after batch while
 * there is a backlog, then every {@code interval}. A failure is logged and the next round tries again.
 */
public final class SealingLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SealingLoop.class);

    private final Sealer sealer;
    private final Duration interval;
    private final int batchSize;
    private final boolean enabled;
    private ScheduledExecutorService executor;

    public SealingLoop(Sealer sealer, Duration interval, int batchSize, boolean enabled) {
        this.sealer = sealer;
        this.interval = interval;
        this.batchSize = batchSize;
        this.enabled = enabled;
    }

    @Override
    public synchronized void start() {
        if (!enabled) {
            log.warn("Sealing is off (harmsway.audit.sealing=false): events are not sealed until it is on again");
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "audit-sealer");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::sealWhatIsThere, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void sealWhatIsThere() {
        try {
            while (sealer.sealNext() == batchSize && !Thread.currentThread().isInterrupted()) {
                // a backlog: go on at once
            }
        } catch (RuntimeException e) {
            log.warn("Sealing failed; trying again in {}", interval, e);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    @Override
    public boolean isAutoStartup() {
        return true;
    }
}
