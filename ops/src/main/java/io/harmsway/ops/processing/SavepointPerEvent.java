package io.harmsway.ops.processing;

import io.harmsway.query.api.DeferredWrites;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.JdbcUtils;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.List;
import java.util.Optional;

/**
 * Each event a processor handles is a unit of work of its own inside the batch's: its rows sit
 * behind a savepoint of the batch's transaction, and the events its handlers publish wait in its
 * own queue. If its handlers fail, both are undone before the event is parked, so PostgreSQL's
 * batch transaction stays usable (a failed statement aborts the whole transaction otherwise) and
 * a processing group never keeps half an event, nor publishes what a failed handler published.
 * When the dead-letter queue is retried, the same holds for each parked event.
 */
final class SavepointPerEvent implements MessageHandlerInterceptor<EventMessage<?>> {

    private final String processorName;
    private final TransactionManager savepoints;
    private final ConnectionProvider connections;
    private final List<CorrelationDataProvider> correlationData;
    private final Optional<DeferredWrites> batchedWrites;

    SavepointPerEvent(String processorName, TransactionManager savepoints, ConnectionProvider connections,
                      List<CorrelationDataProvider> correlationData, Optional<DeferredWrites> batchedWrites) {
        this.processorName = processorName;
        this.savepoints = savepoints;
        this.connections = connections;
        this.correlationData = correlationData;
        this.batchedWrites = batchedWrites;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> batch, InterceptorChain chain) throws Exception {
        keepTheConnectionWithTheBatch();
        UnitOfWork<EventMessage<?>> event = DefaultUnitOfWork.startAndGet(batch.getMessage());
        // What the batch's correlation interceptor gives it, so published events carry the same metadata.
        correlationData.forEach(event::registerCorrelationDataProvider);
        ParkingSlot slot = new ParkingSlot(processorName);
        event.resources().put(ParkingSlot.RESOURCE, slot);
        // A read model whose writes wait for the batch writes nothing now: no savepoint to guard it, its
        // waiting writes are dropped with the event's rollback instead (two round trips saved per event).
        if (!batchedWrites.map(writes -> writes.defers(batch)).orElse(false)) {
            event.attachTransaction(savepoints);
        }
        Object result;
        try {
            result = chain.proceed();
        } catch (Exception | Error failure) {
            event.rollback(failure);
            throw failure;
        }
        if (slot.isHeld()) {
            event.rollback();
            slot.park();
        } else {
            event.commit();
        }
        return result;
    }

    /**
     * Axon's unit-of-work-aware connection provider ties the connection's commit and rollback to
     * the unit of work that first asks for it. Asked first inside the event's unit of work, it
     * would commit or roll back the whole batch's connection with that one event.
     */
    private void keepTheConnectionWithTheBatch() throws java.sql.SQLException {
        JdbcUtils.closeQuietly(connections.getConnection());
    }
}
