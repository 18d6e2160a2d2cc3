package io.harmsway.ops.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Queries the figures every {@code harmsway.metrics.refresh-interval} on a thread of its own and
 * shows the latest as gauges, so a scrape (however often, from however many scrapers) costs no
 * query. A failed query keeps the last figures and is logged; the next interval tries again.
 */
public class StoreFigureGauges implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StoreFigureGauges.class);

    private final StoreFigureReader reader;
    private final Supplier<Collection<String>> groups;
    private final MeterRegistry registry;
    private final Duration interval;
    private final AtomicReference<StoreFigures> latest = new AtomicReference<>(StoreFigures.NONE);
    private final Set<String> groupsWithGauges = ConcurrentHashMap.newKeySet();
    private final MultiGauge openClocks;
    private ScheduledExecutorService timer;

    StoreFigureGauges(StoreFigureReader reader, Supplier<Collection<String>> groups, MeterRegistry registry,
                      Duration interval) {
        this.reader = reader;
        this.groups = groups;
        this.registry = registry;
        this.interval = interval;
        Gauge.builder("harmsway.events.stored", latest, figures -> figures.get().head() + 1)
                .description("events in the store, by the global index of the newest (every node's appends)")
                .register(registry);
        this.openClocks = MultiGauge.builder("harmsway.sla.clocks.open")
                .description("open SLA clocks by rule and stage (running, warned, breached, escalated, paused, faulted)")
                .register(registry);
    }

    /** The figures as last read. */
    public StoreFigures latest() {
        return latest.get();
    }

    /** Reads the figures now (the timer calls this; so may a test that cannot wait an interval). */
    public synchronized void refresh() {
        StoreFigures figures = reader.read(groups.get());
        latest.set(figures);
        figures.groups().keySet().forEach(this::gaugesFor);
        openClocks.register(figures.openClocks().stream()
                .map(clocks -> MultiGauge.Row.of(Tags.of("rule", clocks.rule(), "stage", clocks.stage()), clocks.count()))
                .toList(), true);
    }

    private void gaugesFor(String group) {
        if (!groupsWithGauges.add(group)) {
            return;
        }
        Gauge.builder("harmsway.processor.lag.events", latest, figures -> lagOf(figures.get(), group).events())
                .description("events stored after the processing group's position (its furthest-behind segment)")
                .tag("group", group).register(registry);
        Gauge.builder("harmsway.processor.lag.seconds", latest, figures -> lagOf(figures.get(), group).seconds())
                .description("how long the oldest event the processing group has not handled has waited")
                .tag("group", group).register(registry);
    }

    private static StoreFigures.Lag lagOf(StoreFigures figures, String group) {
        return figures.groups().getOrDefault(group, new StoreFigures.Lag(0, 0));
    }

    @Override
    public void afterPropertiesSet() {
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "harmsway-store-figures");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::refreshQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException failed) {
            log.warn("the operational figures could not be read (the last ones are kept): {}", failed.toString());
        }
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
