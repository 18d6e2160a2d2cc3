package io.harmsway.ops.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.IntegrationTestBase;
import io.harmsway.query.ReadModels;
import io.harmsway.sla.api.SlaJobs;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The operator's view from outside: {@code /actuator/prometheus} for operators only, its meters
 * present and moving as cases are recorded, clocks breached and sign-ins fail; a processor's lag
 * and health DOWN while it is stopped, UP again when it runs; and every metric the shipped Grafana
 * dashboard and Prometheus alert rules use is one the application exposes.
 */
class MetricsIntegrationTest extends IntegrationTestBase {

    private static final Pattern METRIC = Pattern.compile("\\bharmsway_[a-z_]+");

    @Autowired
    StoreFigureGauges figures;

    private Api oli;

    @BeforeEach
    void signInTheOperator() {
        oli = Api.as(http, "oli");
    }

    @Test
    void onlyOperatorsScrape() {
        assertThat(ivy.get("/actuator/prometheus").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(Api.as(http, "ada").get("/actuator/prometheus").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(Api.anonymous(http).get("/actuator/prometheus").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void eventsAppendedAndOpenClocksMoveAsCasesAreRecorded() {
        Scrape before = scrape();
        double appended = before.valueOrZero("harmsway_events_appended_total");
        double stored = before.valueOrZero("harmsway_events_stored");

        String caseId = ivy.openCase("HIGH", clock.instant());
        ivy.identifySuspect(caseId, clock.instant());

        await().untilAsserted(() -> {
            figures.refresh();
            Scrape after = scrape();
            assertThat(after.valueOrZero("harmsway_events_appended_total")).isGreaterThanOrEqualTo(appended + 2);
            assertThat(after.valueOrZero("harmsway_events_stored")).isGreaterThanOrEqualTo(stored + 2);
            assertThat(after.valueOrZero("harmsway_sla_clocks_open", "rule=\"suspect-interview\"", "stage=\"running\""))
                    .isPositive();
        });
    }

    @Test
    void alertsRaisedAndTheSweepAreCounted() throws Exception {
        Scrape before = scrape();
        double breaches = before.valueOrZero("harmsway_alerts_raised_total", "kind=\"breach\"");
        double sweeps = before.valueOrZero("harmsway_sla_sweep_duration_seconds_count");
        String caseId = ivy.openCase("HIGH", clock.instant());
        ivy.identifySuspect(caseId, clock.instant());
        await().until(() -> ivy.get("/api/sla/cases/" + caseId + "/clocks").getBody().size() > 0);

        clock.advance(Duration.ofDays(40));
        scheduler.triggerJob(JobKey.jobKey(SlaJobs.SWEEP, SlaJobs.GROUP));

        await().untilAsserted(() -> {
            Scrape after = scrape();
            assertThat(after.valueOrZero("harmsway_alerts_raised_total", "kind=\"breach\"")).isGreaterThan(breaches);
            assertThat(after.valueOrZero("harmsway_sla_sweep_duration_seconds_count")).isGreaterThan(sweeps);
            assertThat(after.value("harmsway_sla_sweep_since_last_seconds")).isPresent();
            assertThat(after.value("harmsway_sla_sweep_late_seconds")).isPresent();
        });
    }

    @Test
    void failedSignInsAreCounted() {
        double failures = scrape().valueOrZero("harmsway_sign_in_failures_total", "reason=\"password\"");

        Api.signIn(http, "nobody-at-all", "a guess", new HttpHeaders());

        assertThat(scrape().valueOrZero("harmsway_sign_in_failures_total", "reason=\"password\"")).isEqualTo(failures + 1);
    }

    @Test
    void aStoppedProcessorLagsAndIsDownThenCatchesUpAndIsUp() {
        StreamingEventProcessor timeline = processing.eventProcessor(ReadModels.TIMELINE, StreamingEventProcessor.class)
                .orElseThrow();
        timeline.shutDown();
        try {
            String caseId = ivy.openCase("HIGH", clock.instant());
            await().untilAsserted(() -> {
                figures.refresh();
                assertThat(scrape().valueOrZero("harmsway_processor_lag_events", "group=\"timeline\"")).isPositive();
                assertThat(scrape().valueOrZero("harmsway_processor_lag_seconds", "group=\"timeline\"")).isNotNegative();
            });
            ResponseEntity<JsonNode> down = oli.get("/actuator/health");
            assertThat(down.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(down.getBody().get("status").asText()).isEqualTo("DOWN");
            JsonNode processors = down.getBody().at("/components/processors");
            assertThat(processors.get("status").asText()).isEqualTo("DOWN");
            assertThat(processors.at("/details/faults/0").asText()).isEqualTo("timeline is stopped");
            assertThat(processors.at("/details/groups/timeline/running").asBoolean()).isFalse();
            assertThat(processors.at("/details/groups/case-list/running").asBoolean()).isTrue();
            assertThat(caseId).isNotBlank();
        } finally {
            timeline.start();
        }

        await().untilAsserted(() -> {
            figures.refresh();
            assertThat(scrape().valueOrZero("harmsway_processor_lag_events", "group=\"timeline\"")).isZero();
            assertThat(oli.get("/actuator/health").getBody().at("/components/processors/status").asText()).isEqualTo("UP");
        });
    }

    @Test
    void theSweepIsHealthyWhileItsTriggerRuns() {
        JsonNode sweep = oli.get("/actuator/health").getBody().at("/components/sweep");

        assertThat(sweep.get("status").asText()).isEqualTo("UP");
        assertThat(sweep.at("/details/interval").asText()).isEqualTo("PT1H");
        assertThat(Instant.parse(sweep.at("/details/nextStart").asText())).isNotNull();
    }

    /**
     * Quartz keeps the sweep's fire times by the system's clock (see {@link SweepRuns}), so the
     * application's clock cannot make the sweep late: the scheduler is held in standby instead and
     * the trigger given a first run a little over two intervals ago, which it has not started. It
     * misses nothing on the way (misfires ignored), so the only thing that can bring the health back
     * up is the sweep running: then Quartz starts the runs it missed.
     */
    @Test
    void aSweepThatHasNotStartedForTwoIntervalsIsDownAndUpAgainOnceItRuns() throws Exception {
        TriggerKey key = TriggerKey.triggerKey(SlaJobs.SWEEP, SlaJobs.GROUP);
        Trigger original = scheduler.getTrigger(key);
        Duration interval = Duration.parse(sweepHealth().at("/details/interval").asText());
        scheduler.standby();
        try {
            scheduler.rescheduleJob(key, TriggerBuilder.newTrigger().withIdentity(key).forJob(original.getJobKey())
                    .startAt(Date.from(Instant.now().minus(interval.multipliedBy(2)).minusSeconds(60)))
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(interval.toMillis())
                            .repeatForever().withMisfireHandlingInstructionIgnoreMisfires())
                    .build());
            double sweeps = scrape().valueOrZero("harmsway_sla_sweep_duration_seconds_count");

            ResponseEntity<JsonNode> down = oli.get("/actuator/health");
            assertThat(down.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            JsonNode stalled = down.getBody().at("/components/sweep");
            assertThat(stalled.get("status").asText()).isEqualTo("DOWN");
            assertThat(stalled.at("/details/fault").asText()).startsWith("the sweep's first run, due at ")
                    .endsWith("has not started after two intervals");
            assertThat(stalled.at("/details/lastStart").isMissingNode()).isTrue();

            scheduler.start();
            await().untilAsserted(() -> {
                assertThat(scrape().valueOrZero("harmsway_sla_sweep_duration_seconds_count")).isGreaterThan(sweeps);
                JsonNode ran = sweepHealth();
                assertThat(ran.get("status").asText()).isEqualTo("UP");
                assertThat(ran.at("/details/lastStart").asText()).isNotEmpty();
            });
        } finally {
            scheduler.start();
            scheduler.rescheduleJob(key, original.getTriggerBuilder().startNow().build());
        }
    }

    /** Present from the start for each channel (at zero until something is sent), so the dead-delivery alert has a series to read. */
    @Test
    void theNotificationCountersAreExposedForEveryChannel() {
        Scrape scrape = scrape();
        for (String outcome : List.of("sent", "retried", "dead")) {
            for (String channel : List.of("email", "webhook")) {
                assertThat(scrape.value("harmsway_notifications_" + outcome + "_total", "channel=\"" + channel + "\""))
                        .as(outcome + " " + channel).isPresent();
            }
        }
    }

    @Test
    void theDashboardAndTheAlertRulesUseOnlyMetricsTheApplicationExposes() throws IOException {
        ivy.openCase("STANDARD", clock.instant()); // so that every labelled series has a sample
        figures.refresh();
        Set<String> exposed = scrape().names();
        Set<String> used = new TreeSet<>();
        for (Path file : new Path[]{Path.of("grafana/harmsway-dashboard.json"), Path.of("prometheus/alerts.yml")}) {
            METRIC.matcher(Files.readString(file)).results().map(match -> match.group()).forEach(used::add);
        }

        assertThat(used).hasSizeGreaterThan(8);
        assertThat(exposed).containsAll(used);
    }

    private JsonNode sweepHealth() {
        return oli.get("/actuator/health").getBody().at("/components/sweep");
    }

    private Scrape scrape() {
        return Scrape.as(http, oli);
    }
}
