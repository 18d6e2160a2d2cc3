package io.harmsway.ops.sla;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.IntegrationTestBase;
import io.harmsway.ops.support.Refusals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import static io.harmsway.ops.support.Json.instant;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pauses and resumptions say when they happened, as every other action: a backdated pause counts
 * from its stated time, and a stated time the clock refuses is a 422 naming {@code occurredAt}
 * with nothing appended, neither to the case nor to the clock.
 */
class BackdatedPauseIntegrationTest extends IntegrationTestBase {

    static final String INTERVIEW = "suspect-interview";

    SlaSteps steps;
    Instant identified;
    String caseId;
    String suspectId;
    String clockId;

    @BeforeEach
    void aSuspectIsIdentified() {
        steps = new SlaSteps(commands, ivy, sam);
        identified = clock.instant();
        caseId = ivy.openCase("HIGH", identified.minus(Duration.ofDays(2)));
        suspectId = ivy.identifySuspect(caseId, identified);
        clockId = steps.awaitClock(caseId, INTERVIEW, suspectId).get("clockId").asText();
    }

    @Test
    void aBackdatedPauseCountsFromItsStatedTime() {
        JsonNode running = steps.clock(caseId, INTERVIEW, suspectId);
        clock.advance(Duration.ofDays(4));
        Instant leftTheCountry = identified.plus(Duration.ofDays(1));

        assertThat(ivy.post(pause(), Api.clockAction("the suspect left the country", leftTheCountry)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        clock.advance(Duration.ofDays(1));
        assertThat(ivy.post(resume(), Api.clockAction("the suspect is back", clock.instant())).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode resumed = steps.clock(caseId, INTERVIEW, suspectId);
        assertThat(Duration.parse(resumed.get("pausedFor").asText())).isEqualTo(Duration.ofDays(4));
        assertThat(instant(resumed, "dueAt")).isEqualTo(instant(running, "dueAt").plus(Duration.ofDays(4)));
    }

    @Test
    void aPauseInTheFutureBeforeTheClockStartedOrAfterItsDeadlineIsRefused() {
        Instant due = instant(steps.clock(caseId, INTERVIEW, suspectId), "dueAt");

        refusedNamingOccurredAt(() -> ivy.post(pause(), Api.clockAction("abroad", clock.instant().plusSeconds(60))));
        refusedNamingOccurredAt(() -> ivy.post(pause(), Api.clockAction("abroad", identified.minusSeconds(60))));
        clock.advance(Duration.ofDays(8));
        refusedNamingOccurredAt(() -> ivy.post(pause(), Api.clockAction("abroad", due.plusSeconds(1))));

        assertThat(steps.clock(caseId, INTERVIEW, suspectId).path("pausedSince").isTextual()).isFalse();
    }

    @Test
    void aResumptionInTheFutureOrBeforeItsPauseIsRefused() {
        clock.advance(Duration.ofDays(2));
        Instant paused = clock.instant().minus(Duration.ofDays(1));
        assertThat(ivy.post(pause(), Api.clockAction("the child is in hospital", paused)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        refusedNamingOccurredAt(() -> ivy.post(resume(), Api.clockAction("home", clock.instant().plusSeconds(60))));
        refusedNamingOccurredAt(() -> ivy.post(resume(), Api.clockAction("home", paused.minusSeconds(60))));

        assertThat(instant(steps.clock(caseId, INTERVIEW, suspectId), "pausedSince")).isEqualTo(paused);
    }

    @Test
    void aPauseOrResumptionThatDoesNotSayWhenIsABadRequest() {
        refusedNamingOccurredAt(HttpStatus.BAD_REQUEST, () -> ivy.post(pause(), "{\"reason\": \"abroad\"}"));
        refusedNamingOccurredAt(HttpStatus.BAD_REQUEST,
                () -> ivy.post(pause(), "{\"reason\": \"abroad\", \"occurredAt\": \"last Tuesday\"}"));
    }

    private void refusedNamingOccurredAt(Supplier<ResponseEntity<JsonNode>> request) {
        refusedNamingOccurredAt(HttpStatus.UNPROCESSABLE_ENTITY, request);
    }

    private void refusedNamingOccurredAt(HttpStatus status, Supplier<ResponseEntity<JsonNode>> request) {
        long clockEvents = events.countNaming(clockId);

        JsonNode problem = new Refusals(events).refused(status, "occurredAt", request);

        assertThat(problem.get("errors")).extracting(error -> error.get("field").asText()).containsExactly("occurredAt");
        assertThat(events.countNaming(clockId)).as("clock events appended by a refused request").isEqualTo(clockEvents);
    }

    private String pause() {
        return "/api/sla/clocks/" + clockId + "/pause";
    }

    private String resume() {
        return "/api/sla/clocks/" + clockId + "/resume";
    }
}
