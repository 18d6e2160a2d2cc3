package io.harmsway.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.harmsway.cases.api.format.EventFormat;
import io.harmsway.query.access.AccessLogProjection;
import io.harmsway.query.alerts.AlertCases;
import io.harmsway.query.alerts.AlertProjection;
import io.harmsway.query.alerts.OpenBreachCounts;
import io.harmsway.query.alerts.TeamInbox;
import io.harmsway.query.cases.CaseListProjection;
import io.harmsway.query.cases.RecordingLag;
import io.harmsway.query.breaches.BreachHistoryProjection;
import io.harmsway.query.cases.RecordingLagProjection;
import io.harmsway.query.cases.TeamWorkload;
import io.harmsway.query.timeline.TimelineProjection;
import io.harmsway.query.timeline.TimelineRenderer;
import io.harmsway.query.replay.CaseEventLog;
import io.harmsway.query.replay.CaseReplayDesk;
import io.harmsway.query.timeline.TimelineLines;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;

/** Wires the read models. Their facts are written as events are stored: no web setting changes them. */
@Configuration
public class QueryConfiguration {

    private final ObjectMapper factsJson = EventFormat.objectMapper();

    /** Named by each read model's {@code axon.eventhandling.processors.<group>.sequencing-policy}. */
    @Bean(CaseOrder.BEAN)
    CaseOrder caseOrder() {
        return new CaseOrder();
    }

    @Bean
    TimelineProjection timelineProjection(JdbcTemplate jdbc) {
        return new TimelineProjection(jdbc, new TimelineRenderer(factsJson), factsJson);
    }

    /**
     * The auditor's replay: the case's stored events read as the processors read them (Axon's event
     * serializer and the upcasters the modules registered, both taken when first needed, once Axon is
     * configured), lines as the timeline's, late as the case list counts it.
     */
    @Bean
    CaseReplayDesk caseReplayDesk(JdbcTemplate jdbc, @Qualifier("eventSerializer") ObjectProvider<Serializer> serializer,
                                  ObjectProvider<org.axonframework.config.Configuration> axon,
                                  RecordingLag recordingLag, Clock clock) {
        return new CaseReplayDesk(new CaseEventLog(jdbc, serializer::getObject, () -> axon.getObject().upcasterChain()),
                new TimelineLines(new TimelineRenderer(factsJson)), recordingLag.threshold(), clock);
    }

    /** How long after an action its record may come before the case list counts it as late. */
    @Bean
    RecordingLag recordingLag(@Value("${harmsway.cases.late-recording-threshold:P3D}") String threshold) {
        return new RecordingLag(Duration.parse(threshold));
    }

    @Bean
    CaseListProjection caseListProjection(JdbcTemplate jdbc, RecordingLag recordingLag) {
        return new CaseListProjection(jdbc, recordingLag);
    }

    @Bean
    RecordingLagProjection recordingLagProjection(JdbcTemplate jdbc, RecordingLag recordingLag) {
        return new RecordingLagProjection(jdbc, recordingLag);
    }

    @Bean
    AlertCases alertCases(JdbcTemplate jdbc) {
        return new AlertCases(jdbc);
    }

    @Bean
    AlertProjection alertProjection(JdbcTemplate jdbc, Clock clock) {
        return new AlertProjection(jdbc, clock);
    }

    @Bean
    AccessLogProjection accessLogProjection(JdbcTemplate jdbc) {
        return new AccessLogProjection(jdbc);
    }

    @Bean
    TeamInbox teamInbox(JdbcTemplate jdbc, Clock clock) {
        return new TeamInbox(jdbc, clock);
    }

    @Bean
    OpenBreachCounts openBreachCounts(JdbcTemplate jdbc) {
        return new OpenBreachCounts(jdbc);
    }

    @Bean
    TeamWorkload teamWorkload(JdbcTemplate jdbc) {
        return new TeamWorkload(jdbc);
    }

    @Bean
    BreachHistoryProjection breachHistoryProjection(JdbcTemplate jdbc, Clock clock) {
        return new BreachHistoryProjection(jdbc, clock);
    }
}
