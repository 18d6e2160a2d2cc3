package io.harmsway.ops.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.serialization.Serializer;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.matchers.KeyMatcher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;

/** Metrics and health for operators (see the package description). */
@Configuration
@EnableConfigurationProperties(OperationsSettings.class)
public class OperationsConfiguration {

    @Bean
    StoreFigureGauges storeFigureGauges(JdbcTemplate jdbc, Serializer serializer, Clock clock,
                                        EventProcessingConfiguration processing, MeterRegistry registry,
                                        OperationsSettings settings) {
        return new StoreFigureGauges(new StoreFigureReader(jdbc, serializer, clock),
                () -> StreamingProcessors.of(processing).keySet(), registry,
                settings.metrics().refreshInterval());
    }

    @Bean
    AppendedEvents appendedEvents(EventBus events, MeterRegistry registry) {
        AppendedEvents counted = new AppendedEvents(registry);
        events.registerDispatchInterceptor(counted);
        return counted;
    }

    /** Quartz's fire times are the system's: see {@link SweepRuns}. */
    @Bean
    SweepRuns sweepRuns(Scheduler scheduler, @Value("${harmsway.sla.sweep-interval:30s}") Duration interval,
                        MeterRegistry registry) throws SchedulerException {
        SweepRuns runs = new SweepRuns(scheduler, Clock.systemUTC(), interval, registry);
        scheduler.getListenerManager().addJobListener(runs, KeyMatcher.keyEquals(SweepRuns.SWEEP));
        return runs;
    }

    @Bean
    ProcessorsHealthIndicator processorsHealthIndicator(EventProcessingConfiguration processing,
                                                        StoreFigureGauges figures, OperationsSettings settings) {
        return new ProcessorsHealthIndicator(processing, figures, settings.health().maxProcessorLag());
    }

    @Bean
    SweepHealthIndicator sweepHealthIndicator(SweepRuns runs) {
        return new SweepHealthIndicator(runs);
    }
}
