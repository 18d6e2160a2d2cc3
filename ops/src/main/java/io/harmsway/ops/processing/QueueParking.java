package io.harmsway.ops.processing;

import io.harmsway.query.api.DeferredWrites;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;

/**
 * Parks what a read model's batched writes found refused in the group's own dead-letter queue,
 * as the processor parks a failing event: by case, the cause as an operator needs it, one attempt.
 */
final class QueueParking implements DeferredWrites.Parking {

    private final SequencedDeadLetterQueue<EventMessage<?>> queue;

    QueueParking(SequencedDeadLetterQueue<EventMessage<?>> queue) {
        this.queue = queue;
    }

    @Override
    public void park(Object sequence, EventMessage<?> event, Throwable cause) {
        queue.enqueue(sequence, new GenericDeadLetter<EventMessage<?>>(sequence, event, cause)
                .withCause(StorableCause.of(cause))
                .withDiagnostics(diagnostics -> diagnostics.and(StorableCause.ATTEMPTS, 1L)));
    }

    @Override
    public void parkBehind(Object sequence, EventMessage<?> event) {
        queue.enqueue(sequence, new GenericDeadLetter<>(sequence, event));
    }

    @Override
    public boolean isParked(Object sequence) {
        return queue.contains(sequence);
    }
}
