package io.harmsway.ops.users;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.IntegrationTest;
import io.harmsway.ops.support.MutableClock;
import org.junit.jupiter.api.AfterAll;
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
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A force's identity provider plugged in as the README says (its JWK set and issuer as Spring's
 * resource-server settings): its tokens work on the API beside the application's own, the user they
 * name is provisioned with the role and team of the claims and held to the team rule, and a token
 * with a forged signature, from another issuer, expired by the application's clock, or for a disabled user is refused 401.
 */
@IntegrationTest
@DirtiesContext
class IdentityProviderIntegrationTest {

    private static final IdentityProvider PROVIDER = start();

    @Autowired
    TestRestTemplate http;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry settings) {
        settings.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", PROVIDER::jwkSetUri);
        settings.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> IdentityProvider.ISSUER);
    }

    @AfterAll
    static void stop() {
        PROVIDER.close();
    }

    @Test
    void aValidTokenWorksForItsTeamAndIsRefusedAnotherTeamsCase() {
        String name = newName();
        String token = token(investigatorOf(name, "north"));
        String southCase = Api.as(http, "ian").openCase("HIGH", clock.instant());

        ResponseEntity<JsonNode> opened = post("/api/cases", token, """
                {"childAgeYears": 7, "allegation": "SEXUAL_ABUSE", "riskGrade": "HIGH", "reportedVia": "phone call",
                 "reportedBy": "school", "physicalSymptoms": false, "occurredAt": "%s"}""".formatted(clock.instant()));

        assertThat(opened.getStatusCode()).as(opened.toString()).isEqualTo(HttpStatus.CREATED);
        assertThat(get("/api/cases", token).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("/api/cases/" + southCase + "/timeline", token).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("/api/teams/north/inbox", token).getStatusCode()).as("an investigator's role")
                .isEqualTo(HttpStatus.FORBIDDEN);
        Map<String, Object> row = jdbc.queryForMap("select role, team, password_hash, enabled from app_user where username = ?", name);
        assertThat(row).containsEntry("role", "INVESTIGATOR").containsEntry("team", "north").containsEntry("enabled", true);
        assertThat(row.get("password_hash")).as("signs in only through the provider").isNull();
        assertThat(jdbc.queryForObject("select change from user_change where username = ? order by change_id limit 1",
                String.class, name)).startsWith("provisioned: username=" + name + " role=INVESTIGATOR team=north");
    }

    @Test
    void theApplicationsOwnTokensStillWork() {
        assertThat(Api.as(http, "ivy").get("/api/cases").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theClaimsKeepRoleAndTeamInStep() {
        String name = newName();
        assertThat(get("/api/cases", token(investigatorOf(name, "north"))).getStatusCode()).isEqualTo(HttpStatus.OK);

        String promoted = token(Map.of("preferred_username", name, "harmsway_role", "supervisor",
                "harmsway_team", "south"));

        assertThat(get("/api/teams/south/inbox", promoted).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForMap("select role, team from app_user where username = ?", name))
                .containsEntry("role", "SUPERVISOR").containsEntry("team", "south");
    }

    @Test
    void aTokenWithAForgedSignatureIsRefused() {
        assertRefused(PROVIDER.tokenSignedByAnotherKey(investigatorOf(newName(), "north"), clock.instant()));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        assertRefused(PROVIDER.tokenFromAnotherIssuer(investigatorOf(newName(), "north"), clock.instant()));
    }

    /**
     * Expiry is judged by the application's clock, not the system's: the token is issued at the
     * application's time (months away from the system's), works, and is refused once that clock
     * has passed its expiry and the minute of skew Spring allows.
     */
    @Test
    void aTokenIsRefusedOnceTheApplicationsClockPassesItsExpiry() {
        String token = token(investigatorOf(newName(), "north"));
        assertThat(get("/api/cases", token).getStatusCode()).isEqualTo(HttpStatus.OK);

        clock.advance(IdentityProvider.LIFETIME.plusSeconds(50));
        assertThat(get("/api/cases", token).getStatusCode()).as("within the allowed skew").isEqualTo(HttpStatus.OK);

        clock.advance(Duration.ofSeconds(20));
        assertRefused(token);
    }

    @Test
    void aTokenWithoutARoleOrWithATeamThatDoesNotFitIsRefused() {
        assertRefused(token(Map.of("preferred_username", newName(), "harmsway_team", "north")));
        assertRefused(token(Map.of("preferred_username", newName(), "harmsway_role", "AUDITOR", "harmsway_team", "north")));
        assertRefused(token(Map.of("preferred_username", newName(), "harmsway_role", "INVESTIGATOR")));
        assertRefused(token(Map.of("harmsway_role", "AUDITOR")));
    }

    @Test
    void aTokenForAUserTheTableDisabledIsRefused() {
        String name = newName();
        String token = token(investigatorOf(name, "north"));
        assertThat(get("/api/cases", token).getStatusCode()).isEqualTo(HttpStatus.OK);

        jdbc.update("update app_user set enabled = false where username = ?", name);

        assertRefused(token);
    }

    @Test
    void aMangledTokenIsRefused() {
        String token = token(investigatorOf(newName(), "north"));
        assertRefused(token.substring(0, token.length() - 4) + "AAAA");
        assertRefused("not.a.jwt");
    }

    private void assertRefused(String token) {
        ResponseEntity<JsonNode> refused = get("/api/cases", token);
        assertThat(refused.getStatusCode()).as(refused.toString()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(refused.getBody().get("errors").get(0).get("field").asText()).isEqualTo("Authorization");
    }

    private String token(Map<String, Object> claims) {
        return PROVIDER.token(claims, clock.instant());
    }

    private static Map<String, Object> investigatorOf(String name, String team) {
        return Map.of("preferred_username", name, "harmsway_role", "INVESTIGATOR", "harmsway_team", team);
    }

    private static String newName() {
        return "idp-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private ResponseEntity<JsonNode> get(String path, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> post(String path, String token, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private static IdentityProvider start() {
        try {
            return new IdentityProvider();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
