package io.harmsway.ops.processing;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Out of service while any processing group has parked a case: the application still records
 * and serves, but a read model or the clocks lack those cases' events until someone retries them.
 */
public class DeadLettersHealthIndicator implements HealthIndicator {

    private final ParkedSequences parked;

    public DeadLettersHealthIndicator(ParkedSequences parked) {
        this.parked = parked;
    }

    @Override
    public Health health() {
        Map<String, ParkedSequences.Count> counts = parked.countsByGroup();
        long sequences = counts.values().stream().mapToLong(ParkedSequences.Count::sequences).sum();
        if (counts.isEmpty()) {
            return Health.up().withDetail("parkedSequences", 0).build();
        }
        Map<String, Object> groups = new LinkedHashMap<>();
        counts.forEach((group, count) -> groups.put(group, Map.of("sequences", count.sequences(), "events", count.events())));
        return Health.outOfService().withDetail("parkedSequences", sequences).withDetail("groups", groups)
                .withDetail("retry", "POST /api/ops/dead-letters/{group}/retry after the fix").build();
    }
}
