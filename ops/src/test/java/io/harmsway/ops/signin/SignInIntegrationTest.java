package io.harmsway.ops.signin;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.IntegrationTest;
import io.harmsway.ops.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Programs sign in once for a bearer token and send it; guessing is throttled per account and per
 * client address; refusals are problem bodies and are logged. An application of its own: its
 * throttle is small, its users are its own, and it reads the client address from
 * {@code X-Forwarded-For} as it would behind a reverse proxy, so each test can come from
 * addresses of its own. Closed afterwards, so its throttle state stays here. Its users are seeded
 * into its own user table, so every test here signs in users of the database.
 */
@IntegrationTest
@TestPropertySource(properties = {
        "server.forward-headers-strategy=native",
        "harmsway.sign-in.token-lifetime=PT15M",
        "harmsway.sign-in.throttle.failures-per-account=3",
        "harmsway.sign-in.throttle.failures-per-address=5",
        "harmsway.sign-in.throttle.window=PT15M",
        "harmsway.users[0].username=ivy", "harmsway.users[0].password={noop}ivy-demo",
        "harmsway.users[0].role=INVESTIGATOR", "harmsway.users[0].team=north",
        "harmsway.users[1].username=ada", "harmsway.users[1].password={noop}ada-demo",
        "harmsway.users[1].role=AUDITOR",
        "harmsway.users[2].username=tom", "harmsway.users[2].password={noop}tom-demo",
        "harmsway.users[2].role=INVESTIGATOR", "harmsway.users[2].team=north",
        "harmsway.users[3].username=tim", "harmsway.users[3].password={noop}tim-demo",
        "harmsway.users[3].role=INVESTIGATOR", "harmsway.users[3].team=south",
        "harmsway.users[4].username=tess", "harmsway.users[4].password={noop}tess-demo",
        "harmsway.users[4].role=INVESTIGATOR", "harmsway.users[4].team=north",
        "harmsway.users[5].username=adm", "harmsway.users[5].password={noop}adm-demo",
        "harmsway.users[5].role=ADMINISTRATOR"})
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class SignInIntegrationTest {

    private static final Duration LIFETIME = Duration.ofMinutes(15);

    @Autowired
    TestRestTemplate http;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void issuesATokenForTheRightPasswordThatTheApiThenAccepts() {
        ResponseEntity<JsonNode> answer = signIn("ivy", "ivy-demo", "198.51.100.1");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode issued = answer.getBody();
        assertThat(issued.get("tokenType").asText()).isEqualTo("Bearer");
        assertThat(Instant.parse(issued.get("expiresAt").asText())).isEqualTo(clock.instant().plus(LIFETIME));
        assertThat(issued.get("expiresInSeconds").asLong()).isEqualTo(LIFETIME.toSeconds());
        String token = issued.get("token").asText();
        assertThat(get("/api/sla/rules", token).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("/api/cases", token).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void keepsOnlyAHashOfEachToken() {
        String token = signIn("ivy", "ivy-demo", "198.51.100.1").getBody().get("token").asText();

        assertThat(jdbc.queryForObject("""
                select count(*) from api_token
                where token_hash = sha256(convert_to(?, 'UTF8')) and username = 'ivy' and issued_to = '198.51.100.1'""",
                Long.class, token)).isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select count(*) from api_token
                where position(convert_to(?, 'UTF8') in token_hash) > 0 or username = ? or issued_to = ?""",
                Long.class, token, token, token)).isZero();
    }

    @Test
    void refusesAWrongPasswordWithAProblemAndLogsWhoFromWhereAndWhen(CapturedOutput output) {
        ResponseEntity<JsonNode> answer = signIn("ivy", "not-ivys-password", "198.51.100.2");

        JsonNode problem = problem(answer, HttpStatus.UNAUTHORIZED);
        assertThat(problem.has("token")).isFalse();
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("password");
        assertThat(answer.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
        assertThat(output).contains("sign-in failed: account=\"ivy\" address=\"198.51.100.2\" at=" + clock.instant());
        assertThat(output).doesNotContain("not-ivys-password");
    }

    @Test
    void refusesAnUnknownUserAsAWrongPassword() {
        ResponseEntity<JsonNode> unknown = signIn("mallory", "ivy-demo", "198.51.100.3");

        assertThat(problem(unknown, HttpStatus.UNAUTHORIZED).get("errors").get(0).get("problem").asText())
                .isEqualTo("does not match the username, or there is no such user");
    }

    @Test
    void refusesATokenOnceItHasExpired() {
        String token = signIn("ivy", "ivy-demo", "198.51.100.4").getBody().get("token").asText();

        clock.advance(LIFETIME.minusSeconds(1));
        assertThat(get("/api/sla/rules", token).getStatusCode()).isEqualTo(HttpStatus.OK);
        clock.advance(Duration.ofSeconds(1));
        ResponseEntity<JsonNode> expired = get("/api/sla/rules", token);

        JsonNode problem = problem(expired, HttpStatus.UNAUTHORIZED);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("Authorization");
        assertThat(problem.get("errors").get(0).get("problem").asText())
                .startsWith("the bearer token is unknown, expired or revoked");
        assertThat(expired.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).contains("error=\"invalid_token\"");
    }

    @Test
    void refusesAForgedToken() {
        String real = signIn("ivy", "ivy-demo", "198.51.100.5").getBody().get("token").asText();
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String madeUp = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String altered = real.substring(0, 10) + (real.charAt(10) == 'A' ? 'B' : 'A') + real.substring(11);

        for (String forged : new String[]{madeUp, altered, real + "x"}) {
            problem(get("/api/sla/rules", forged), HttpStatus.UNAUTHORIZED);
        }
        assertThat(get("/api/sla/rules", real).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void signingOutEndsTheTokenAtOnce() {
        String token = signIn("ivy", "ivy-demo", "198.51.100.6").getBody().get("token").asText();

        ResponseEntity<JsonNode> signOut = http.exchange("/api/tokens/current", HttpMethod.DELETE,
                new HttpEntity<>(bearer(token)), JsonNode.class);

        assertThat(signOut.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        problem(get("/api/sla/rules", token), HttpStatus.UNAUTHORIZED);
    }

    @Test
    void refusesHttpBasicAndNoCredentialsOnTheApiSayingHowToSignIn() {
        ResponseEntity<JsonNode> basic = http.withBasicAuth("ivy", "ivy-demo").getForEntity("/api/sla/rules", JsonNode.class);
        ResponseEntity<JsonNode> none = http.getForEntity("/api/cases", JsonNode.class);

        assertThat(problem(basic, HttpStatus.UNAUTHORIZED).get("detail").asText())
                .isEqualTo("Authorization: HTTP basic is not accepted here: sign in with POST /api/tokens and send the"
                        + " token as 'Authorization: Bearer <token>'");
        assertThat(problem(none, HttpStatus.UNAUTHORIZED).get("errors").get(0).get("problem").asText())
                .startsWith("is missing: sign in with POST /api/tokens");
    }

    @Test
    void throttlesAnAccountAfterRepeatedFailuresEvenForTheRightPasswordAndFromElsewhere(CapturedOutput output) {
        for (int i = 0; i < 3; i++) {
            problem(signIn("tom", "guess-" + i, "203.0.113.1"), HttpStatus.UNAUTHORIZED);
        }

        ResponseEntity<JsonNode> rightPassword = signIn("tom", "tom-demo", "203.0.113.1");
        ResponseEntity<JsonNode> otherAddress = signIn("tom", "tom-demo", "203.0.113.2");
        ResponseEntity<JsonNode> otherAccount = signIn("tim", "tim-demo", "203.0.113.3");

        for (ResponseEntity<JsonNode> throttled : java.util.List.of(rightPassword, otherAddress)) {
            JsonNode problem = problem(throttled, HttpStatus.TOO_MANY_REQUESTS);
            assertThat(problem.has("token")).isFalse();
            assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("username");
            // three attempts come back over 15 minutes: one every 5
            assertThat(throttled.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("300");
        }
        assertThat(otherAccount.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(output).contains("sign-in throttled: account=\"tom\" address=\"203.0.113.2\" at=" + clock.instant());

        clock.advance(Duration.ofSeconds(299));
        problem(signIn("tom", "tom-demo", "203.0.113.1"), HttpStatus.TOO_MANY_REQUESTS);
        clock.advance(Duration.ofSeconds(1));
        assertThat(signIn("tom", "tom-demo", "203.0.113.1").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void throttlesAnAddressAfterRepeatedFailuresWhateverTheAccount() {
        for (int i = 1; i <= 5; i++) {
            problem(signIn("nobody-" + i, "guess", "203.0.113.9"), HttpStatus.UNAUTHORIZED);
        }

        ResponseEntity<JsonNode> fromThere = signIn("tess", "tess-demo", "203.0.113.9");
        ResponseEntity<JsonNode> fromElsewhere = signIn("tess", "tess-demo", "203.0.113.10");

        JsonNode problem = problem(fromThere, HttpStatus.TOO_MANY_REQUESTS);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("clientAddress");
        // five attempts come back over 15 minutes: one every 3
        assertThat(fromThere.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("180");
        assertThat(fromElsewhere.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void throttlesAUserAnAdministratorCreatedLikeAnyOther() {
        String created = createdByTheAdministrator("tara");
        for (int i = 0; i < 3; i++) {
            problem(signIn(created, "guess-" + i, "203.0.113.30"), HttpStatus.UNAUTHORIZED);
        }

        problem(signIn(created, created + " long password", "203.0.113.31"), HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void refusesADisabledUserEvenWithTheRightPasswordAsAWrongPassword() {
        String created = createdByTheAdministrator("dora");
        assertThat(signIn(created, created + " long password", "203.0.113.40").getStatusCode()).isEqualTo(HttpStatus.OK);

        Api.as(http, "adm").exchange("/api/admin/users/" + created, HttpMethod.PUT, new HttpEntity<>("""
                {"role": "INVESTIGATOR", "team": "north", "positions": [], "enabled": false}""", json()));

        ResponseEntity<JsonNode> refused = signIn(created, created + " long password", "203.0.113.40");
        assertThat(problem(refused, HttpStatus.UNAUTHORIZED).get("errors").get(0).get("field").asText()).isEqualTo("password");
    }

    private String createdByTheAdministrator(String name) {
        ResponseEntity<JsonNode> created = Api.as(http, "adm").post("/api/admin/users", """
                {"username": "%s", "password": "%s long password", "role": "INVESTIGATOR", "team": "north"}"""
                .formatted(name, name));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return name;
    }

    private static HttpHeaders json() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        return headers;
    }

    @Test
    void successfulSignInsUseNoAttempts() {
        for (int i = 0; i < 8; i++) {
            assertThat(signIn("tess", "tess-demo", "203.0.113.20").getStatusCode()).isEqualTo(HttpStatus.OK);
        }
    }

    @Test
    void answersAndLogsA403WithWhoWhatAndWhen(CapturedOutput output) {
        ResponseEntity<JsonNode> refused = Api.as(http, "ada").post("/api/cases", "{}");

        JsonNode problem = problem(refused, HttpStatus.FORBIDDEN);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("user");
        assertThat(problem.get("errors").get(0).get("problem").asText()).isEqualTo("ada (auditor) may not POST /api/cases");
        // logged once the answer has left, so looked for until it is there
        await().untilAsserted(() -> assertThat(output).contains(
                "access refused (403): user=\"ada\" request=\"POST /api/cases\" at=" + clock.instant()));
    }

    @Test
    void logsA403WhicheverPartRefused(CapturedOutput output) {
        Api ivy = Api.as(http, "ivy");
        String caseId = ivy.openCase("HIGH", clock.instant());
        ivy.identifySuspect(caseId, clock.instant());
        String clockId = await().until(() -> ivy.get("/api/sla/cases/" + caseId + "/clocks").getBody(),
                clocks -> clocks.size() > 0).get(0).get("clockId").asText();

        // a south investigator on a north clock: refused by the clock's own team check, not by a role rule
        ResponseEntity<JsonNode> refused = Api.as(http, "tim").post("/api/sla/clocks/" + clockId + "/pause",
                Api.clockAction("not my case", clock.instant()));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        await().untilAsserted(() -> assertThat(output).contains(
                "access refused (403): user=\"tim\" request=\"POST /api/sla/clocks/" + clockId + "/pause\" at="
                        + clock.instant()));
    }

    @Test
    void theOpenApiDocumentAsksForABearerTokenButToSignIn() {
        JsonNode document = Api.anonymous(http).get("/v3/api-docs").getBody();

        assertThat(document.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        assertThat(document.at("/security/0").has("bearer")).isTrue();
        assertThat(document.at("/paths/~1api~1tokens/post/security").isEmpty()).isTrue();
        assertThat(document.at("/paths/~1api~1tokens/post/security").isArray()).isTrue();
    }

    private ResponseEntity<JsonNode> signIn(String user, String password, String address) {
        HttpHeaders from = new HttpHeaders();
        from.set("X-Forwarded-For", address);
        return Api.signIn(http, user, password, from);
    }

    private ResponseEntity<JsonNode> get(String path, String token) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(bearer(token)), JsonNode.class);
    }

    private static HttpHeaders bearer(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return headers;
    }

    /** The answer must be a problem body with this status; answers the body. */
    private static JsonNode problem(ResponseEntity<JsonNode> answer, HttpStatus status) {
        assertThat(answer.getStatusCode()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(answer.getBody().get("status").asInt()).isEqualTo(status.value());
        assertThat(answer.getBody().get("errors")).isNotEmpty();
        return answer.getBody();
    }
}
