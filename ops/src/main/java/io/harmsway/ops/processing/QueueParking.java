package io.harmsway.ops.processing;

import io.harmsway.query.CaseOrder;
import io.harmsway.query.ProjectionWrites;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;

/**
 * Parks what a read model's batched writes found refused in the group's own dead-letter queue,
 * exactly as the processor parks a failing event: the case by the read models' sequencing policy,
 * the cause as an operator needs it, one attempt counted.
 */
final class QueueParking implements ProjectionWrites.Parking {

    private final SequencedDeadLetterQueue<EventMessage<?>> queue;
    private final CaseOrder caseOrder = new CaseOrder();

    QueueParking(SequencedDeadLetterQueue<EventMessage<?>> queue) {
        this.queue = queue;
    }

    @Override
    public void park(EventMessage<?> event, Throwable cause) {
        Object sequence = caseOrder.getSequenceIdentifierFor(event);
        queue.enqueue(sequence, new GenericDeadLetter<EventMessage<?>>(sequence, event, cause)
                .withCause(StorableCause.of(cause))
                .withDiagnostics(diagnostics -> diagnostics.and(StorableCause.ATTEMPTS, 1L)));
    }

    @Override
    public void parkBehind(EventMessage<?> event) {
        Object sequence = caseOrder.getSequenceIdentifierFor(event);
        queue.enqueue(sequence, new GenericDeadLetter<>(sequence, event));
    }

    @Override
    public boolean isParked(EventMessage<?> event) {
        return queue.contains(caseOrder.getSequenceIdentifierFor(event));
    }
}
