package io.harmsway.ops.metrics;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** DOWN when the SLA sweep has not run for two intervals: warnings and breaches would then wait. */
public class SweepHealthIndicator implements HealthIndicator {

    private final SweepRuns runs;

    SweepHealthIndicator(SweepRuns runs) {
        this.runs = runs;
    }

    @Override
    public Health health() {
        SweepSchedule schedule = runs.schedule();
        Health.Builder health = schedule.stalled().map(why -> Health.down().withDetail("fault", why)).orElseGet(Health::up);
        schedule.lastStart().ifPresent(last -> health.withDetail("lastStart", last.toString()));
        schedule.nextStart().ifPresent(next -> health.withDetail("nextStart", next.toString()));
        return health.withDetail("interval", schedule.interval().toString()).build();
    }
}
