package io.harmsway.ops.metrics;

import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * DOWN when a streaming processor of this node has stopped or is in error (Axon's own status, read
 * at each call), or when a processing group is more than {@code harmsway.health.max-processor-lag}
 * events behind the head of the store (from the figures of the last refresh): read models, clocks
 * and whatever else follows the events then fall behind the record.
 */
public class ProcessorsHealthIndicator implements HealthIndicator {

    private final EventProcessingConfiguration processing;
    private final StoreFigureGauges figures;
    private final long maxLag;

    ProcessorsHealthIndicator(EventProcessingConfiguration processing, StoreFigureGauges figures, long maxLag) {
        this.processing = processing;
        this.figures = figures;
        this.maxLag = maxLag;
    }

    @Override
    public Health health() {
        Map<String, StoreFigures.Lag> lags = figures.latest().groups();
        List<String> faults = new ArrayList<>();
        Map<String, Object> groups = new TreeMap<>();
        StreamingProcessors.of(processing).forEach((name, processor) -> {
            StoreFigures.Lag lag = lags.getOrDefault(name, new StoreFigures.Lag(0, 0));
            if (!processor.isRunning()) {
                faults.add(name + " is stopped");
            } else if (processor.isError()) {
                faults.add(name + " is in error, retrying");
            }
            if (lag.events() > maxLag) {
                faults.add(name + " is " + lag.events() + " events behind (at most " + maxLag + ")");
            }
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("running", processor.isRunning());
            group.put("error", processor.isError());
            group.put("lagEvents", lag.events());
            group.put("lagSeconds", lag.seconds());
            groups.put(name, group);
        });
        Health.Builder health = faults.isEmpty() ? Health.up() : Health.down().withDetail("faults", faults);
        return health.withDetail("maxProcessorLag", maxLag).withDetail("groups", groups).build();
    }
}
