package io.harmsway.ops.processing;

import io.harmsway.query.api.DeferredWrites;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

/**
 * Dead letters in PostgreSQL ({@code dead_letter_entry}, snake_case like Axon's other tables and
 * owned by Flyway), for every processing group; their listing, retry, health and gauge.
 */
@Configuration
public class DeadLetterConfiguration {

    @Bean
    DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry").deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group").sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index").messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier").timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type").payloadRevisionColumn("payload_revision").payloadColumn("payload")
                .metaDataColumn("meta_data").aggregateTypeColumn("type").aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number").tokenTypeColumn("token_type").tokenColumn("token")
                .enqueuedAtColumn("enqueued_at").lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started").causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message").diagnosticsColumn("diagnostics")
                .build();
    }

    @Bean
    ConfigurerModule parkInEveryProcessingGroup(ConnectionProvider connections, TransactionManager transactions,
                                                PlatformTransactionManager platformTransactions, DeadLetterSchema schema,
                                                Serializer serializer,
                                                @Qualifier("eventSerializer") Serializer eventSerializer,
                                                List<DeferredWrites> batchedWrites) {
        Function<String, SequencedDeadLetterQueue<EventMessage<?>>> queues = group -> new ParkingDeadLetterQueue(group,
                JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder().processingGroup(group)
                        .connectionProvider(connections).transactionManager(transactions).schema(schema)
                        .genericSerializer(serializer).eventSerializer(eventSerializer).build());
        return new ParkInEveryProcessingGroup(queues, new SavepointTransactionManager(platformTransactions), connections,
                batchedWrites);
    }

    /** First and last attempts are dated by the application's one clock. */
    @Bean
    InitializingBean deadLettersFollowTheClock(Clock clock) {
        return () -> GenericDeadLetter.clock = clock;
    }

    @Bean
    ParkedSequences parkedSequences(JdbcTemplate jdbc) {
        return new ParkedSequences(jdbc);
    }

    @Bean
    DeadLetterRetry deadLetterRetry(EventProcessingConfiguration processing, ParkedSequences parked) {
        return new DeadLetterRetry(processing, parked);
    }

    /** Named so that health shows it as {@code deadLetters}. */
    @Bean
    DeadLettersHealthIndicator deadLettersHealthIndicator(ParkedSequences parked) {
        return new DeadLettersHealthIndicator(parked);
    }

    @Bean
    MeterBinder parkedSequencesGauge(ParkedSequences parked) {
        return registry -> Gauge.builder("harmsway.dead.letters.parked.sequences", parked, ParkedSequences::total)
                .description("Cases parked by a processing group (a case parked by two groups counts twice)")
                .register(registry);
    }
}
