package io.harmsway.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.harmsway.cases.api.format.EventFormat;
import io.harmsway.query.access.AccessLogProjection;
import io.harmsway.query.alerts.AlertCases;
import io.harmsway.query.alerts.AlertProjection;
import io.harmsway.query.alerts.OpenBreachCounts;
import io.harmsway.query.alerts.TeamInbox;
import io.harmsway.query.cases.CaseListProjection;
import io.harmsway.query.api.ReadModelRebuilds;
import io.harmsway.query.inspection.CaseFacts;
import io.harmsway.query.rebuild.ShadowRebuild;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import io.harmsway.query.inspection.ChartDesk;
import io.harmsway.query.inspection.WhatWorksDesk;
import io.harmsway.query.inspection.ClockLives;
import io.harmsway.query.inspection.FigureDesk;
import io.harmsway.query.inspection.Gradings;
import io.harmsway.query.inspection.InspectionProjection;
import io.harmsway.sla.api.WorkingDays;
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

    /** Whether the read models' writes go in JDBC batches as their processor's batch commits. */
    private static final String BATCHED = "${harmsway.read-models.batched-writes:true}";

    private final ObjectMapper factsJson = EventFormat.objectMapper();

    /** Named by each read model's {@code axon.eventhandling.processors.<group>.sequencing-policy}. */
    @Bean(CaseOrder.BEAN)
    CaseOrder caseOrder() {
        return new CaseOrder();
    }

    /** Each read-model group's row writes, sent in JDBC batches as its processor's batch commits. */
    @Bean
    ProjectionWrites timelineWrites(JdbcTemplate jdbc, @Value(BATCHED) boolean batched) {
        return new ProjectionWrites(jdbc, ReadModels.TIMELINE, batched);
    }

    @Bean
    ProjectionWrites caseListWrites(JdbcTemplate jdbc, @Value(BATCHED) boolean batched) {
        return new ProjectionWrites(jdbc, ReadModels.CASE_LIST, batched);
    }

    @Bean
    ProjectionWrites alertsWrites(JdbcTemplate jdbc, @Value(BATCHED) boolean batched) {
        return new ProjectionWrites(jdbc, ReadModels.ALERTS, batched);
    }

    @Bean
    ProjectionWrites accessLogWrites(JdbcTemplate jdbc, @Value(BATCHED) boolean batched) {
        return new ProjectionWrites(jdbc, ReadModels.ACCESS_LOG, batched);
    }

    /**
     * The inspection figures and the breach history keep rows by case (a case's entries, clocks,
     * pauses, gradings, breaches), each statement naming its case or one of its clocks or events, so
     * their batches go by statement (see {@link ProjectionWrites}).
     */
    @Bean
    ProjectionWrites inspectionWrites(JdbcTemplate jdbc, @Value(BATCHED) boolean batched) {
        return new ProjectionWrites(jdbc, ReadModels.INSPECTION, batched, true);
    }

    @Bean
    ProjectionWrites breachHistoryWrites(JdbcTemplate jdbc, @Value(BATCHED) boolean batched) {
        return new ProjectionWrites(jdbc, ReadModels.BREACH_HISTORY, batched, true);
    }

    @Bean
    TimelineProjection timelineProjection(JdbcTemplate jdbc, ProjectionWrites timelineWrites) {
        return new TimelineProjection(jdbc, timelineWrites, new TimelineRenderer(factsJson), factsJson);
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
    CaseListProjection caseListProjection(JdbcTemplate jdbc, ProjectionWrites caseListWrites, RecordingLag recordingLag) {
        return new CaseListProjection(jdbc, caseListWrites, recordingLag);
    }

    @Bean
    RecordingLagProjection recordingLagProjection(ProjectionWrites caseListWrites, RecordingLag recordingLag) {
        return new RecordingLagProjection(caseListWrites, recordingLag);
    }

    @Bean
    AlertCases alertCases(JdbcTemplate jdbc, ProjectionWrites alertsWrites) {
        return new AlertCases(jdbc, alertsWrites);
    }

    @Bean
    AlertProjection alertProjection(JdbcTemplate jdbc, ProjectionWrites alertsWrites, Clock clock) {
        return new AlertProjection(jdbc, alertsWrites, clock);
    }

    @Bean
    AccessLogProjection accessLogProjection(JdbcTemplate jdbc, ProjectionWrites accessLogWrites) {
        return new AccessLogProjection(jdbc, accessLogWrites);
    }

    /** Working days as the rules count them, asked of the SLA module when an acknowledgement is first judged. */
    @Bean
    InspectionProjection inspectionProjection(JdbcTemplate jdbc, ProjectionWrites inspectionWrites,
                                              ObjectProvider<WorkingDays> workingDays) {
        WorkingDays asTheRulesCount = (start, days) -> workingDays.getObject().plusWorkingDays(start, days);
        return new InspectionProjection(jdbc, new CaseFacts(inspectionWrites),
                new ClockLives(inspectionWrites, asTheRulesCount), new Gradings(inspectionWrites));
    }

    @Bean
    FigureDesk figureDesk(JdbcTemplate jdbc) {
        return new FigureDesk(jdbc);
    }

    /** "What works" gives no share where fewer closed cases than this lie behind it. */
    @Bean
    WhatWorksDesk whatWorksDesk(JdbcTemplate jdbc,
                                @Value("${harmsway.inspection.what-works.minimum-cases:10}") int minimumCases) {
        return new WhatWorksDesk(jdbc, minimumCases);
    }

    @Bean
    ChartDesk chartDesk(JdbcTemplate jdbc) {
        return new ChartDesk(jdbc);
    }

    /**
     * Rebuilds a read model beside the served copy; its handlers are the very beans its live
     * processor calls (every bean of its processing group).
     */
    @Bean
    ReadModelRebuilds readModelRebuilds(JdbcTemplate jdbc, ObjectProvider<PlatformTransactionManager> transactionManager,
                                        ObjectProvider<org.axonframework.common.transaction.TransactionManager> axonTransactions,
                                        ObjectProvider<EventStore> eventStore, ObjectProvider<TokenStore> tokenStore,
                                        ObjectProvider<EventProcessingConfiguration> processing,
                                        ApplicationContext context, Clock clock) {
        return new ShadowRebuild(jdbc, () -> new TransactionTemplate(transactionManager.getObject()),
                axonTransactions::getObject,
                eventStore::getObject,
                tokenStore::getObject, processing::getObject, ReadModels.ALL, ReadModels.TABLES,
                group -> context.getBeansWithAnnotation(ProcessingGroup.class).values().stream()
                        .filter(bean -> group.equals(AnnotationUtils.findAnnotation(bean.getClass(),
                                ProcessingGroup.class).value()))
                        .toList(), clock);
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
    BreachHistoryProjection breachHistoryProjection(JdbcTemplate jdbc, ProjectionWrites breachHistoryWrites, Clock clock) {
        return new BreachHistoryProjection(jdbc, breachHistoryWrites, clock);
    }
}
