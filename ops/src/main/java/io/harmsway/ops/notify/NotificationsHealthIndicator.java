package io.harmsway.ops.notify;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

import java.util.Map;

/**
 * Out of service while any delivery is dead: somebody was not told of a breach. The application
 * still records and alerts in its inboxes; an operator finds the deliveries and resends them.
 */
public class NotificationsHealthIndicator implements HealthIndicator {

    private final DeliveryStore store;

    public NotificationsHealthIndicator(DeliveryStore store) {
        this.store = store;
    }

    @Override
    public Health health() {
        Map<String, Long> dead = store.deadByChannel();
        long total = dead.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return Health.up().withDetail("deadDeliveries", 0).build();
        }
        return Health.outOfService().withDetail("deadDeliveries", total).withDetail("byChannel", dead)
                .withDetail("resend", "GET /api/ops/notifications/dead, then POST /api/ops/notifications/{id}/resend")
                .build();
    }
}
