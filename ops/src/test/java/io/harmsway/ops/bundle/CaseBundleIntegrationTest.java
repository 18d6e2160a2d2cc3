package io.harmsway.ops.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.harmsway.audit.api.Checkpoints;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.IntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.harmsway.ops.support.Json.first;
import static io.harmsway.ops.support.Json.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The case bundle over HTTP: every part is there (the stored events and reads with a proof each
 * against a signed checkpoint, the case as it happened, as known at each moment asked for, the
 * access log), the export is itself logged as a read, the printable page escapes what a user wrote,
 * and bad moments and another team's investigator are refused with nothing appended.
 */
class CaseBundleIntegrationTest extends IntegrationTestBase {

    static final String HOSTILE = "<script>alert('pwned')</script> & \\\"quoted\\\" <b>bold</b>";

    @Autowired
    private Checkpoints checkpoints;
    private Api ada;
    private SettledCase cases;

    @BeforeEach
    void auditor() {
        ada = Api.as(http, "ada");
        cases = new SettledCase(jdbc, processing, sweep, clock);
    }

    @Test
    void aBundleHoldsEveryStoredEventWithItsProofTheReplaysAtTheMomentsAskedForAndTheAccessLog() throws Exception {
        Instant referred = clock.instant();
        String caseId = ivy.openCase("HIGH", referred);
        ivy.identifySuspect(caseId, referred);
        clock.advance(Duration.ofDays(1));
        Instant dayOne = clock.instant();
        note(ivy, caseId, "home visit done", referred.plus(Duration.ofHours(2)));
        assertThat(ada.get("/api/audit/cases/" + caseId + "/as-it-happened").getStatusCode()).isEqualTo(HttpStatus.OK);
        await().untilAsserted(() -> assertThat(accessLog(caseId)).hasSize(1));
        awaitSealed(jdbc, accessLog(caseId).get(0).get("eventId").asText());
        cases.awaitSettled(caseId);
        long readsBefore = events.count(caseId, "CaseRead");

        JsonNode bundle = new ObjectMapper().readTree(exported(http, caseId, "?at=" + referred + "&at=" + dayOne));

        assertThat(bundle.get("format").asText()).isEqualTo("harmsway-case-bundle/v1");
        assertThat(bundle.get("exportedBy").asText()).isEqualTo("ada");
        List<JsonNode> stored = list(bundle.get("events"));
        assertThat(stored).as("every stored event of the case, its clocks' too").hasSize(storedEventsOf(caseId));
        assertThat(stored).extracting(row -> row.get("payloadType").asText())
                .contains("io.harmsway.sla.api.SlaClockStarted")
                .doesNotContain("io.harmsway.cases.api.CaseRead");
        JsonNode checkpoint = bundle.get("checkpoint");
        assertThat(checkpoint.get("signature").asText()).isNotBlank();
        assertThat(checkpoint.get("keyId").asText()).isEqualTo(checkpoints.publicKey().keyId());
        List<JsonNode> proofs = list(bundle.get("proofs"));
        assertThat(proofs).extracting(proof -> proof.get("eventIdentifier").asText())
                .containsAll(stored.stream().map(row -> row.get("eventIdentifier").asText()).toList());
        assertThat(proofs).allSatisfy(proof ->
                assertThat(proof.get("leafIndex").asLong()).isLessThan(checkpoint.get("treeSize").asLong()));

        assertThat(list(bundle.get("asItHappened").get("entries")))
                .anySatisfy(entry -> assertThat(entry.get("title").asText()).isEqualTo("Note: home visit done"));
        List<JsonNode> asKnown = list(bundle.get("asKnown"));
        assertThat(asKnown).extracting(known -> Instant.parse(known.get("at").asText())).containsExactly(referred, dayOne);
        assertThat(list(asKnown.get(0).get("timeline"))).noneSatisfy(entry ->
                assertThat(entry.get("title").asText()).isEqualTo("Note: home visit done"));
        assertThat(list(asKnown.get(1).get("timeline"))).anySatisfy(entry ->
                assertThat(entry.get("title").asText()).isEqualTo("Note: home visit done"));

        JsonNode read = first(list(bundle.get("accessLog")), entry -> entry.get("what").asText().endsWith("/as-it-happened"),
                "ada's read");
        assertThat(list(bundle.get("accessEvents"))).extracting(row -> row.get("eventIdentifier").asText())
                .as("each read the access log lists, in stored form")
                .contains(read.get("eventId").asText())
                .containsExactlyInAnyOrderElementsOf(list(bundle.get("accessLog")).stream()
                        .map(entry -> entry.get("eventId").asText()).toList());

        assertThat(bundle.get("readsNotYetSealed").asInt()).isNotNegative();
        assertThat(events.count(caseId, "CaseRead")).as("the export is a read of the case, logged")
                .isEqualTo(readsBefore + 1);
        await().untilAsserted(() -> assertThat(accessLog(caseId)).anySatisfy(entry -> {
            assertThat(entry.get("reader").asText()).isEqualTo("ada");
            assertThat(entry.get("what").asText()).startsWith("GET /api/audit/cases/" + caseId + "/bundle?at=");
        }));
    }

    @Test
    void thePrintablePageEscapesWhatAUserWroteAndCarriesNoScript() {
        String caseId = ivy.openCase("MEDIUM", clock.instant());
        note(ivy, caseId, HOSTILE, clock.instant());
        cases.awaitSettled(caseId);
        exported(http, caseId, "");
        for (ResponseEntity<String> page : List.of(page("/api/audit/cases/" + caseId + "/bundle.html", MediaType.ALL),
                page("/api/audit/cases/" + caseId + "/bundle", MediaType.TEXT_HTML))) {
            assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
            String html = page.getBody();
            assertThat(html).contains("Note: &lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt; &amp; ")
                    .contains("&lt;b&gt;bold&lt;/b&gt;")
                    .doesNotContainIgnoringCase("<script")
                    .doesNotContain("<b>bold")
                    .contains("Signed checkpoint", "The case as it happened", "Access log", "Stored events of the case");
        }
    }

    @Test
    void aClientThatTakesAnythingGetsTheJson() throws Exception {
        String caseId = ivy.openCase("MEDIUM", clock.instant());
        cases.awaitSettled(caseId);
        exported(http, caseId, "");
        ResponseEntity<String> answer = page("/api/audit/cases/" + caseId + "/bundle", MediaType.ALL);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        assertThat(new ObjectMapper().readTree(answer.getBody()).get("caseId").asText()).isEqualTo(caseId);
    }

    @Test
    void aBadMomentIsRefusedNamingTheParameterAndNothingIsAppended() {
        String caseId = ivy.openCase("MEDIUM", clock.instant());
        long reads = events.count(caseId, "CaseRead");
        for (String query : List.of("?at=yesterday", "?at=" + clock.instant().plus(Duration.ofDays(1)),
                "?at=" + clock.instant() + "&at=")) {
            ResponseEntity<JsonNode> answer = ada.get("/api/audit/cases/" + caseId + "/bundle" + query);
            assertThat(answer.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody().path("errors")).singleElement()
                    .satisfies(error -> assertThat(error.path("field").asText()).isEqualTo("at"));
        }
        assertThat(page("/api/audit/cases/" + caseId + "/bundle.html?at=yesterday", MediaType.ALL).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(events.count(caseId, "CaseRead")).as("a refused export appends nothing").isEqualTo(reads);
    }

    @Test
    void anotherTeamsInvestigatorIsRefusedAndNothingIsAppended() {
        String caseId = ivy.openCase("MEDIUM", clock.instant());
        long reads = events.count(caseId, "CaseRead");
        Api ian = Api.as(http, "ian");
        assertThat(ian.get("/api/audit/cases/" + caseId + "/bundle").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ian.get("/api/audit/cases/" + caseId + "/bundle.html").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(events.count(caseId, "CaseRead")).isEqualTo(reads);
    }

    /**
     * The bundle's JSON as sent, byte for byte. A bundle asked for right after a change can be
     * answered 503 until the sealer has sealed it (within about a second): asked again until then.
     * A test that asks for the case's bundle more than once waits for the {@link SettledCase} first,
     * or a clock event appended after this answer makes the next one a 503.
     */
    static byte[] exported(TestRestTemplate http, String caseId, String query) {
        Api ada = Api.as(http, "ada");
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, ada.authorization());
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return await().until(() -> http.exchange("/api/audit/cases/" + caseId + "/bundle" + query,
                        HttpMethod.GET, new HttpEntity<>(headers), byte[].class),
                answer -> answer.getStatusCode() != HttpStatus.SERVICE_UNAVAILABLE).getBody();
    }

    /** A read not sealed yet is left out of a bundle: wait for the sealer, which runs on its own. */
    static void awaitSealed(JdbcTemplate jdbc, String eventId) {
        await().until(() -> jdbc.queryForObject("""
                select count(*) from audit_seal s join domain_event_entry e on e.global_index = s.global_index
                where e.event_identifier = ?""", Integer.class, eventId) == 1);
    }

    static void note(Api who, String caseId, String text, Instant occurredAt) {
        assertThat(who.post("/api/cases/" + caseId + "/notes",
                "{\"text\": \"%s\", \"occurredAt\": \"%s\"}".formatted(text, occurredAt)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    private ResponseEntity<String> page(String path, MediaType accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, ada.authorization());
        headers.setAccept(List.of(accept));
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private List<JsonNode> accessLog(String caseId) {
        return list(ada.get("/api/audit/cases/" + caseId + "/access-log").getBody()).stream()
                .filter(entry -> !entry.get("what").asText().endsWith("/access-log")).toList();
    }

    private int storedEventsOf(String caseId) {
        return jdbc.queryForObject("""
                select count(*) from domain_event_entry
                where strpos(convert_from(payload, 'UTF8'), ?) > 0 and payload_type <> 'io.harmsway.cases.api.CaseRead'""",
                Integer.class, "\"caseId\":\"" + caseId + "\"");
    }
}
