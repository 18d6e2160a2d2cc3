package io.harmsway.ops.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.harmsway.cases.CaseConfiguration;
import io.harmsway.cases.api.CaseMetadata;
import io.harmsway.cases.api.format.EventFormat;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.EhCache3Adapter;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.ehcache.CacheManager;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.core.Ehcache;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** Axon on PostgreSQL: snake_case tables owned by Flyway, Jackson everywhere, the case module. */
@Configuration
public class AxonConfiguration {

    private static final String UNIQUE_VIOLATION = "23505";

    /** Axon's own mapper, with the stored event format's settings, so web JSON settings never change it. */
    @Bean
    @Qualifier("defaultAxonObjectMapper")
    ObjectMapper defaultAxonObjectMapper() {
        return EventFormat.objectMapper();
    }

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry").snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index").eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier").sequenceNumberColumn("sequence_number")
                .typeColumn("type").timestampColumn("time_stamp").payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision").payloadColumn("payload").metaDataColumn("meta_data")
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder().setTokenTable("token_entry").setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment").setTokenColumn("token").setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp").setOwnerColumn("owner").build();
    }

    /** PostgreSQL reports a duplicate (aggregate, sequence) as 23505: that is a concurrent change. */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return exception -> {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    return true;
                }
            }
            return false;
        };
    }

    /** Event timestamps (the time an action was recorded) come from the application's one clock. */
    @Bean
    InitializingBean eventTimestampsFollowTheClock(Clock clock) {
        return () -> GenericEventMessage.clock = clock;
    }

    /**
     * Case aggregates stay in memory between commands, so a command on a known case reads no events.
     * Bounded, so memory does not grow with the number of cases; held by reference, not copied. A
     * weak-reference cache is not enough: every young collection empties it under load.
     */
    @Bean(destroyMethod = "close")
    CacheManager caseCacheManager(@Value("${harmsway.case-cache.entries:10000}") long entries) {
        return CacheManagerBuilder.newCacheManagerBuilder()
                .withCache("cases", CacheConfigurationBuilder.newCacheConfigurationBuilder(
                        Object.class, Object.class, ResourcePoolsBuilder.heap(entries)))
                .build(true);
    }

    @Bean
    Cache caseCache(CacheManager caseCacheManager) {
        // Axon's adapter takes ehcache's concrete class, which an on-heap cache is.
        return new EhCache3Adapter((Ehcache<?, ?>) caseCacheManager.getCache("cases", Object.class, Object.class));
    }

    /** The case aggregate (in the cache above) and the upcasters of older case events: the case module's own wiring. */
    @Bean
    ConfigurerModule caseModule(Cache caseCache) {
        return new CaseConfiguration(caseCache);
    }

    /**
     * The gateway every command goes through: a command refused only because this node's cached case
     * was stale (another node appended to it) is sent again, up to {@code harmsway.commands.conflict-retries}
     * times; 0 answers every such conflict to the caller (409).
     */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus,
                                  @Value("${harmsway.commands.conflict-retries:3}") int conflictRetries) {
        return DefaultCommandGateway.builder().commandBus(commandBus)
                .retryScheduler(new ConflictRetry(conflictRetries)).build();
    }

    /** The actor travels with every command and every event it causes. */
    @Bean
    CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(CaseMetadata.ACTOR);
    }

    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }

    /**
     * Every command is stamped with when it was received, from the one clock, and with its actor:
     * the authenticated user, so a request body cannot name it.
     */
    @Bean
    Registration stampCommands(CommandBus commandBus, Clock clock) {
        return commandBus.registerDispatchInterceptor(messages -> (index, command) -> {
            Map<String, Object> stamp = new HashMap<>();
            stamp.put(CaseMetadata.RECEIVED_AT, clock.instant());
            if (!command.getMetaData().containsKey(CaseMetadata.ACTOR)) {
                Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
                stamp.put(CaseMetadata.ACTOR, authentication == null ? "system" : authentication.getName());
            }
            return command.andMetaData(stamp);
        });
    }
}
