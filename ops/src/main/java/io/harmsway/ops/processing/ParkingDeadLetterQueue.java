package io.harmsway.ops.processing;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * One processing group's dead-letter queue, as its processor uses it. A failing event is parked
 * only after its own work is rolled back (see {@link SavepointPerEvent}), and with an ERROR log
 * line, the operator's alarm. Sequence identifiers (case ids) that the table cannot hold, text
 * with NUL or longer than its column, are stored as their SHA-256, so that no event can fail its
 * own parking.
 */
final class ParkingDeadLetterQueue implements SequencedDeadLetterQueue<EventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(ParkingDeadLetterQueue.class);
    private static final int SEQUENCE_COLUMN_LENGTH = 255;

    private final String group;
    private final SequencedDeadLetterQueue<EventMessage<?>> stored;

    ParkingDeadLetterQueue(String group, SequencedDeadLetterQueue<EventMessage<?>> stored) {
        this.group = group;
        this.stored = stored;
    }

    /** Axon enqueues with a cause when an event fails, and without one for the events behind it. */
    @Override
    public void enqueue(Object sequence, DeadLetter<? extends EventMessage<?>> letter) {
        Object id = storable(sequence);
        if (letter.cause().isEmpty()) {
            stored.enqueue(id, letter);
            return;
        }
        Optional<ParkingSlot> slot = CurrentUnitOfWork.map(uow -> uow.<ParkingSlot>getResource(ParkingSlot.RESOURCE));
        if (slot.isPresent()) {
            slot.get().hold(group, () -> park(id, letter));
        } else {
            park(id, letter);
        }
    }

    private void park(Object id, DeadLetter<? extends EventMessage<?>> letter) {
        stored.enqueue(id, letter);
        EventMessage<?> event = letter.message();
        // One line, the operator's alarm: PostgreSQL's messages span several.
        log.error("Processing group {} parks case {}: its {} (event {}, global index {}) failed: {}. Its later events"
                        + " wait behind it; every other case goes on. After the fix: POST /api/ops/dead-letters/{}/retry",
                group, id, event.getPayloadType().getSimpleName(), event.getIdentifier(), globalIndex(event),
                letter.cause().map(Cause::message).map(message -> message.replaceAll("\\s*\\R\\s*", " ")).orElse(""),
                group);
    }

    private static Object globalIndex(EventMessage<?> event) {
        return event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                ? tracked.trackingToken().position().stream().boxed().findFirst().orElse(null) : null;
    }

    /** Axon itself stores an identifier that is not text as its hash code. */
    static Object storable(Object sequence) {
        if (!(sequence instanceof String text)
                || (text.length() <= SEQUENCE_COLUMN_LENGTH && text.indexOf('\0') < 0)) {
            return sequence;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha-256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public boolean enqueueIfPresent(Object sequence, Supplier<DeadLetter<? extends EventMessage<?>>> letterBuilder) {
        return stored.enqueueIfPresent(storable(sequence), letterBuilder);
    }

    @Override
    public void evict(DeadLetter<? extends EventMessage<?>> letter) {
        stored.evict(letter);
    }

    @Override
    public void requeue(DeadLetter<? extends EventMessage<?>> letter,
                        UnaryOperator<DeadLetter<? extends EventMessage<?>>> letterUpdater) {
        stored.requeue(letter, letterUpdater);
    }

    @Override
    public boolean contains(Object sequence) {
        return stored.contains(storable(sequence));
    }

    @Override
    public Iterable<DeadLetter<? extends EventMessage<?>>> deadLetterSequence(Object sequence) {
        return stored.deadLetterSequence(storable(sequence));
    }

    @Override
    public Iterable<Iterable<DeadLetter<? extends EventMessage<?>>>> deadLetters() {
        return stored.deadLetters();
    }

    @Override
    public boolean isFull(Object sequence) {
        return stored.isFull(storable(sequence));
    }

    @Override
    public long size() {
        return stored.size();
    }

    @Override
    public long sequenceSize(Object sequence) {
        return stored.sequenceSize(storable(sequence));
    }

    @Override
    public long amountOfSequences() {
        return stored.amountOfSequences();
    }

    @Override
    public boolean process(Predicate<DeadLetter<? extends EventMessage<?>>> sequenceFilter,
                           Function<DeadLetter<? extends EventMessage<?>>, EnqueueDecision<EventMessage<?>>> task) {
        return stored.process(sequenceFilter, task);
    }

    @Override
    public void clear() {
        stored.clear();
    }
}
