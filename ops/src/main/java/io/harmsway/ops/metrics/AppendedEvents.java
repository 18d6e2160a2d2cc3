package io.harmsway.ops.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Counts the events this node appends, and among them the alerts it raises (warnings, breaches,
 * escalations), once their transaction has committed: an append that is rolled back counts nothing.
 * Each node counts its own; Prometheus adds them up.
 */
public class AppendedEvents implements MessageDispatchInterceptor<EventMessage<?>> {

    /** The clock events that are alerts, by the payload's simple name, and the kind they are counted as. */
    private static final Map<String, String> ALERTS = Map.of(
            "SlaClockWarned", "warning", "SlaClockBreached", "breach", "SlaClockEscalated", "escalation");

    private final Counter appended;
    private final Map<String, Counter> alerts;

    AppendedEvents(MeterRegistry registry) {
        this.appended = Counter.builder("harmsway.events.appended")
                .description("events this node appended (committed)").register(registry);
        this.alerts = Map.copyOf(ALERTS.entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, kind -> Counter.builder("harmsway.alerts.raised").tag("kind", kind.getValue())
                        .description("warnings, breaches and escalations this node raised (committed)")
                        .register(registry))));
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, message) -> {
            Counter alert = alerts.get(message.getPayloadType().getSimpleName());
            afterCommit(() -> {
                appended.increment();
                if (alert != null) {
                    alert.increment();
                }
            });
            return message;
        };
    }

    private static void afterCommit(Runnable count) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            count.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                count.run();
            }
        });
    }
}
