package io.harmsway.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.harmsway.query.alerts.AlertProjection;
import io.harmsway.query.cases.CaseListProjection;
import io.harmsway.query.timeline.TimelineProjection;
import io.harmsway.query.timeline.TimelineRenderer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

/** Wires the read models. Their JSON is their own: no web or event-store setting changes it. */
@Configuration
public class QueryConfiguration {

    private final ObjectMapper factsJson = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);

    /** Named by {@code axon.eventhandling.processors.projections.sequencing-policy}. */
    @Bean(CaseOrder.BEAN)
    CaseOrder caseOrder() {
        return new CaseOrder();
    }

    @Bean
    TimelineProjection timelineProjection(JdbcTemplate jdbc) {
        return new TimelineProjection(jdbc, new TimelineRenderer(factsJson), factsJson);
    }

    @Bean
    CaseListProjection caseListProjection(JdbcTemplate jdbc) {
        return new CaseListProjection(jdbc);
    }

    @Bean
    AlertProjection alertProjection(JdbcTemplate jdbc, Clock clock) {
        return new AlertProjection(jdbc, clock);
    }
}
