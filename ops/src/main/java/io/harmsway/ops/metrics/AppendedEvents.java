package io.harmsway.ops.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
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
            counted(alerts.get(message.getPayloadType().getSimpleName()));
            return message;
        };
    }

    /**
     * Counted when the transaction commits, all of its events with one synchronization: a batch of
     * the clock keeper appends hundreds, and Spring sorts every registered synchronization at each
     * of the batch's savepoints.
     */
    private void counted(Counter alert) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            new Pending().add(alert).count();
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(new CountOnCommit(pending));
        }
        pending.add(alert);
    }

    /** The events of one transaction, not yet counted. */
    private final class Pending {
        private long events;
        private final List<Counter> raised = new ArrayList<>();

        Pending add(Counter alert) {
            events++;
            if (alert != null) {
                raised.add(alert);
            }
            return this;
        }

        void count() {
            appended.increment(events);
            raised.forEach(Counter::increment);
        }
    }

    /** Counts the transaction's events once it has committed; its pending count is bound to it alone. */
    private final class CountOnCommit implements TransactionSynchronization {
        private final Pending pending;

        CountOnCommit(Pending pending) {
            this.pending = pending;
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(AppendedEvents.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(AppendedEvents.this, pending);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(AppendedEvents.this);
            if (status == STATUS_COMMITTED) {
                pending.count();
            }
        }
    }
}
