package io.harmsway.query.api;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * A read-model processing group whose row writes wait for its processor's batch to commit and then
 * go to the database in batches. Its processor needs no savepoint per event for them, and parks
 * through {@link Parking} what the database refuses when the batch is sent.
 */
public interface DeferredWrites {

    /** The processing group whose writes these are. */
    String group();

    /** Whether the writes of the event handled in {@code unitOfWork} wait for its batch's commit. */
    boolean defers(UnitOfWork<?> unitOfWork);

    /** Where refused events go; without it, a refused batch fails as a whole. */
    void parkWith(Parking parking);

    /** The processing group's dead-letter queue, as the batched writes use it. */
    interface Parking {

        /** Parks the event's case ({@code sequence}) with the event, refused for {@code cause}. */
        void park(Object sequence, EventMessage<?> event, Throwable cause);

        /** Parks the event behind its case's parked events. */
        void parkBehind(Object sequence, EventMessage<?> event);

        /** Whether the case is still parked (not retried since). */
        boolean isParked(Object sequence);
    }
}
