package io.harmsway.ops.processing;

import io.harmsway.query.api.DeferredWrites;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every processing group of the application, whatever its name, parks the events it cannot
 * handle instead of retrying its batch for ever: a dead-letter queue per group, each event a unit
 * of work on a savepoint (or, for a read model whose writes wait for its batch, with its writes
 * dropped on failure: {@link DeferredWrites}), and the parking policy. Runs after Axon's own module, whose
 * per-processor {@code dlq.enabled} settings it replaces.
 */
final class ParkInEveryProcessingGroup implements ConfigurerModule {

    private final Function<String, SequencedDeadLetterQueue<EventMessage<?>>> queues;
    private final TransactionManager savepoints;
    private final ConnectionProvider connections;
    private final Map<String, DeferredWrites> batchedWrites;

    ParkInEveryProcessingGroup(Function<String, SequencedDeadLetterQueue<EventMessage<?>>> queues,
                               TransactionManager savepoints, ConnectionProvider connections,
                               List<DeferredWrites> batchedWrites) {
        this.queues = queues;
        this.savepoints = savepoints;
        this.connections = connections;
        this.batchedWrites = batchedWrites.stream().collect(Collectors.toMap(DeferredWrites::group, writes -> writes));
    }

    @Override
    public void configureModule(Configurer configurer) {
        EventProcessingConfigurer processing = configurer.eventProcessing();
        processing.registerDeadLetterQueueProvider(group -> {
                    // Axon asks for each group's queue while it builds the group's invoker, and its invoker
                    // settings are per group name only: set them here, where every group passes.
                    processing.registerDeadLetteringEventHandlerInvokerConfiguration(group, (config, invoker) -> invoker
                            // Asks the table whether a case is parked only while something may be.
                            .enableSequenceIdentifierCache()
                            // A replay (token reset) empties the group's queue: it will park again what still fails.
                            .allowReset(true));
                    DeferredWrites writes = batchedWrites.get(group);
                    if (writes != null) {
                        writes.parkWith(new QueueParking(queues.apply(group)));
                    }
                    return config -> queues.apply(group);
                })
                .registerDefaultDeadLetterPolicy(config -> new StorableCause())
                .registerDefaultHandlerInterceptor((config, processorName) ->
                        new SavepointPerEvent(processorName, savepoints, connections, config.correlationDataProviders(),
                                Optional.ofNullable(batchedWrites.get(processorName))));
    }

    @Override
    public int order() {
        return 1;
    }
}
