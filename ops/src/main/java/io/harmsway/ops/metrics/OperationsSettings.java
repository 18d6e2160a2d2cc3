package io.harmsway.ops.metrics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of the operational figures.
 *
 * @param refreshInterval how often the figures read from the database are queried again
 *                        ({@code harmsway.metrics.refresh-interval})
 * @param maxProcessorLag events a processing group may be behind the head of the store before its
 *                        health is DOWN ({@code harmsway.health.max-processor-lag})
 */
@ConfigurationProperties("harmsway")
public record OperationsSettings(@DefaultValue Metrics metrics, @DefaultValue Health health) {

    public record Metrics(@DefaultValue("10s") Duration refreshInterval) {

        public Metrics {
            if (refreshInterval.isNegative() || refreshInterval.isZero()) {
                throw new IllegalArgumentException("harmsway.metrics.refresh-interval must be positive, not " + refreshInterval);
            }
        }
    }

    public record Health(@DefaultValue("10000") long maxProcessorLag) {

        public Health {
            if (maxProcessorLag < 1) {
                throw new IllegalArgumentException("harmsway.health.max-processor-lag must be at least 1");
            }
        }
    }
}
