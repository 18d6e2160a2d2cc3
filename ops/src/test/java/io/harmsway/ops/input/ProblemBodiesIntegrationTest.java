package io.harmsway.ops.input;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.support.RawHttp;
import io.harmsway.ops.support.Processors;
import io.harmsway.ops.support.Refusals;
import io.harmsway.ops.support.IntegrationTestBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every refusal has one shape, problem JSON with {@code errors: [{field, problem}]} in plain
 * words, including the ones Spring and Tomcat make themselves (unknown path, wrong method, media
 * type), and none names a Java type; an id that names no case is a 404, never a 500.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemBodiesIntegrationTest extends IntegrationTestBase {

    /** Bodies that are wrong in every way a careless client manages, sent to every action. */
    private static final List<String> MALFORMED = List.of("", "[]", "\"x\"", "null", "{", "{}",
            "{\"occurredAt\": \"yesterday\"}", "{\"occurredAt\": 5}", "{\"occurredAt\": \"2026-03-01T00:00:00\"}",
            "{\"reason\": {}, \"occurredAt\": []}", "{\"agencies\": [1], \"childAgeYears\": \"x\"}",
            "{\"correctedValues\": [\"x\"]}", "{\"bailEndsAt\": false} {}", "{\"riskGrade\": \"EXTREME\", \"riskGrade\": 1}",
            "{\"extra\": " + "[".repeat(2000) + "]".repeat(2000) + "}");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @LocalServerPort
    int port;

    Refusals refusals;
    Instant now;
    String caseId;

    @BeforeEach
    void openCase() {
        refusals = new Refusals(events);
        now = clock.instant();
        caseId = ivy.openCase("HIGH", now.minus(Duration.ofDays(1)));
    }

    @AfterAll
    void processorsStillAdvanceAfterEveryRefusal() {
        Processors.assertStillAdvancing(ivy, clock.instant());
    }

    @Test
    void anUnknownPathIsAProblemNamingThePath() {
        JsonNode problem = refusals.refused(HttpStatus.NOT_FOUND, "path", () -> ivy.get("/api/no-such-thing"));
        refusals.refused(HttpStatus.NOT_FOUND, "path", () -> ivy.exchange("/api/no-such-thing", HttpMethod.GET,
                new HttpEntity<>(headers("Accept", MediaType.TEXT_HTML_VALUE))));
        refusals.refused(HttpStatus.NOT_FOUND, "path", () -> ivy.post("/api/cases/" + caseId + "/no-such-action", "{}"));

        assertThat(problem.get("detail").asText()).contains("/api/no-such-thing");
    }

    @Test
    void aWrongMethodIsAProblemSayingWhichAreAllowed() {
        ResponseEntity<JsonNode> response = ivy.exchange("/api/cases", HttpMethod.DELETE, HttpEntity.EMPTY);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
        Refusals.assertProblemForPeople(response);
        assertThat(response.getBody().get("errors").get(0).get("field").asText()).isEqualTo("method");
        assertThat(response.getBody().get("detail").asText()).contains("DELETE").contains("GET").contains("POST");
    }

    @Test
    void aWrongContentTypeIsAProblemSayingWhatToSend() {
        JsonNode problem = refusals.refused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type", () -> ivy.exchange(
                "/api/cases/" + caseId + "/notes", HttpMethod.POST,
                new HttpEntity<>("text=x", headers("Content-Type", MediaType.TEXT_PLAIN_VALUE))));

        assertThat(problem.get("detail").asText()).contains("application/json");
    }

    @Test
    void anUnacceptableAnswerTypeIsAProblem() {
        ResponseEntity<JsonNode> response = ivy.exchange("/api/cases", HttpMethod.GET,
                new HttpEntity<>(headers("Accept", MediaType.IMAGE_PNG_VALUE)));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_ACCEPTABLE);
        assertThat(response.getBody().get("errors").get(0).get("field").asText()).isEqualTo("Accept");
        assertThat(response.getBody().toString()).doesNotContain("java.", "io.harmsway");
    }

    @Test
    void aClockEventsIdUsedAsACaseIdIsNoSuchCase() {
        String clockEventId = await().until(() -> jdbc.queryForList("""
                select event_identifier from domain_event_entry
                where type is null and convert_from(payload, 'UTF8')::jsonb ->> 'caseId' = ?""", String.class, caseId),
                ids -> !ids.isEmpty()).get(0);

        JsonNode problem = refusals.refused(HttpStatus.NOT_FOUND, "caseId", () -> ivy.post(
                "/api/cases/" + clockEventId + "/notes", "{\"text\": \"x\", \"occurredAt\": \"%s\"}".formatted(now)));

        assertThat(problem.get("detail").asText()).contains("no case '" + clockEventId + "' exists");
    }

    @Test
    void aMalformedQueryParameterIsAProblemNamingIt() {
        refusals.refused(HttpStatus.BAD_REQUEST, "recordedLateBy", () -> ivy.get("/api/cases?recordedLateBy=banana"));
        refusals.refused(HttpStatus.BAD_REQUEST, "team", () -> raw("/api/cases?team=%ZZ"));
        refusals.refused(HttpStatus.BAD_REQUEST, "team", () -> ivy.get("/api/cases?team=" + "t".repeat(101)));
    }

    @Test
    void aPathTomcatCannotReadIsAProblemToo() {
        for (String path : List.of("/api/cases/a%00b/timeline", "/api/cases/%E0%A4%A/timeline")) {
            ResponseEntity<JsonNode> response = raw(path);

            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
            Refusals.assertProblemForPeople(response);
        }
    }

    @Test
    void noActionAnswersAMalformedBodyWithA500OrAJavaTypeName() {
        String suspectId = ivy.identifySuspect(caseId, now);
        List<String> actions = actionPaths().stream().map(path -> path.replace("{caseId}", caseId)
                .replace("{childId}", "child-1").replace("{suspectId}", suspectId)
                .replace("{clockId}", "00000000-0000-0000-0000-000000000000")
                .replace("{submissionReference}", "DF-1")).toList();
        long before = events.count();

        // Two bodies per action, in turn, so that each body meets several actions (signing in costs a hash per request).
        for (int i = 0; i < actions.size(); i++) {
            String action = actions.get(i);
            for (String body : List.of(MALFORMED.get(2 * i % MALFORMED.size()), MALFORMED.get((2 * i + 1) % MALFORMED.size()))) {
                ResponseEntity<JsonNode> response = ivy.post(action, body);

                assertThat(response.getStatusCode().is4xxClientError()).as("POST " + action + " " + body + ": " + response)
                        .isTrue();
                Refusals.assertProblemForPeople(response);
            }
        }
        assertThat(events.count()).isEqualTo(before);
        assertThat(actions).hasSizeGreaterThanOrEqualTo(30);
    }

    /** A GET as written, with escapes no client library would let through. */
    private ResponseEntity<JsonNode> raw(String path) {
        try {
            return new RawHttp(port).send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + RawHttp.authorization(ivy)
                    + "Connection: close\r\n\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> actionPaths() {
        return mappings.getHandlerMethods().keySet().stream()
                .filter(info -> info.getMethodsCondition().getMethods().contains(RequestMethod.POST))
                .filter(info -> info.getConsumesCondition().getConsumableMediaTypes().stream()
                        .noneMatch(type -> type.getSubtype().contains("yaml")))
                .flatMap(info -> info.getPatternValues().stream())
                // the actions of the people who record; operators' paths are tested with the dead letters,
                // administrators' with the users (UserAdministrationIntegrationTest)
                .filter(path -> path.startsWith("/api/") && !path.startsWith("/api/ops/") && !path.startsWith("/api/admin/"))
                .sorted().toList();
    }

    private static HttpHeaders headers(String name, String value) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(name, value);
        return headers;
    }
}
