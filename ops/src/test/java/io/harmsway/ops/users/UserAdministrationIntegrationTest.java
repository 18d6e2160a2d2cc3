package io.harmsway.ops.users;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.security.UserDirectory;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.IntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.UUID;

import static io.harmsway.ops.support.Json.list;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Users in the database, managed by an administrator over the API: passwords stored hashed, users
 * created, changed and disabled (their tokens ending at once), everyone else refused, bad input
 * refused naming the field with nothing changed, and the last administrator kept.
 */
class UserAdministrationIntegrationTest extends IntegrationTestBase {

    @Autowired
    UserDirectory directory;

    private Api adm;

    @BeforeEach
    void signInTheAdministrator() {
        adm = Api.as(http, "adm");
    }

    @Test
    void theSeededUsersAreInTheTableWithTheirPasswordsHashed() {
        List<String> hashes = jdbc.queryForList(
                "select password_hash from app_user where username in ('ivy', 'sam', 'ada', 'oli', 'adm')", String.class);

        assertThat(hashes).hasSize(5).allSatisfy(hash -> assertThat(hash).startsWith("{bcrypt}$2a$10$"));
        assertThat(hashes).noneMatch(hash -> hash.contains("-demo"));
        assertThat(directory.holdersOf("north", "Detective   INSPECTOR")).containsExactly("sam");
        assertThat(directory.supervisorsOf("north")).containsExactly("sam");
    }

    @Test
    void anAdministratorCreatesAUserWhoThenSignsInAndWorksInTheirTeam() {
        String name = newName();

        ResponseEntity<JsonNode> created = adm.post("/api/admin/users", newUser(name, "INVESTIGATOR", "\"north\""));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().get("role").asText()).isEqualTo("INVESTIGATOR");
        assertThat(created.getBody().has("password")).isFalse();
        assertThat(created.getBody().toString()).doesNotContain("bcrypt");
        String hash = jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, name);
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(password(name));
        String token = signIn(name, password(name));
        assertThat(get("/api/cases", token).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list(adm.get("/api/admin/users").getBody())).anyMatch(user -> user.get("username").asText().equals(name));
        assertThat(list(adm.get("/api/admin/users/" + name + "/changes").getBody()))
                .singleElement().satisfies(change -> {
                    assertThat(change.get("by").asText()).isEqualTo("adm");
                    assertThat(change.get("change").asText()).startsWith("created: username=" + name + " role=INVESTIGATOR");
                });
    }

    @Test
    void anAdministratorChangesRoleTeamAndPositionsAndTheyCountAtOnce() {
        String name = created("INVESTIGATOR", "\"north\"");
        String token = signIn(name, password(name));
        assertThat(get("/api/teams/south/inbox", token).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<JsonNode> updated = adm.exchange("/api/admin/users/" + name, HttpMethod.PUT, json("""
                {"role": "SUPERVISOR", "team": "south", "positions": ["Detective  Inspector"], "enabled": true}"""));

        assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(updated.getBody().get("positions").get(0).asText()).isEqualTo("detective inspector");
        assertThat(get("/api/teams/south/inbox", token).getStatusCode()).as("the same token, the new role")
                .isEqualTo(HttpStatus.OK);
        assertThat(directory.holdersOf("south", "detective inspector")).contains(name, "sue");
        assertThat(directory.supervisorsOf("south")).contains(name);
        assertThat(list(adm.get("/api/admin/users/" + name + "/changes").getBody()).get(1).get("change").asText())
                .isEqualTo("updated: username=" + name + " role=INVESTIGATOR team=north positions=[] enabled=true -> username="
                        + name + " role=SUPERVISOR team=south positions=[detective inspector] enabled=true");
    }

    @Test
    void aDisabledUserCannotSignInAndTheirTokensStopWorking() {
        String name = created("INVESTIGATOR", "\"north\"");
        String token = signIn(name, password(name));

        ResponseEntity<JsonNode> disabled = adm.exchange("/api/admin/users/" + name, HttpMethod.PUT, json("""
                {"role": "INVESTIGATOR", "team": "north", "positions": [], "enabled": false}"""));

        assertThat(disabled.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("/api/cases", token).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(jdbc.queryForObject("select count(*) from api_token where username = ?", Long.class, name)).isZero();
        assertThat(Api.signIn(http, name, password(name), new HttpHeaders()).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(directory.member(name)).isEmpty();
    }

    @Test
    void aNewPasswordReplacesTheOldAndEndsTheTokens() {
        String name = created("AUDITOR", "null");
        String token = signIn(name, password(name));

        ResponseEntity<JsonNode> reset = adm.post("/api/admin/users/" + name + "/password",
                "{\"password\": \"a brand new passphrase\"}");

        assertThat(reset.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(get("/api/cases", token).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(Api.signIn(http, name, password(name), new HttpHeaders()).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get("/api/cases", signIn(name, "a brand new passphrase")).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void nobodyButAnAdministratorManagesUsers() {
        for (String user : List.of("ivy", "sam", "ada", "oli")) {
            assertThat(Api.as(http, user).get("/api/admin/users").getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(Api.as(http, user).post("/api/admin/users", newUser(newName(), "ADMINISTRATOR", "null"))
                    .getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(Api.anonymous(http).get("/api/admin/users").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(adm.get("/api/cases").getStatusCode()).as("an administrator reads no case").isEqualTo(HttpStatus.FORBIDDEN);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"password\": \"long enough password\", \"role\": \"AUDITOR\"}                                       | username",
            "{\"username\": \"no spaces\", \"password\": \"long enough password\", \"role\": \"AUDITOR\"}          | username",
            "{\"username\": \"-dash\", \"password\": \"long enough password\", \"role\": \"AUDITOR\"}              | username",
            "{\"username\": \"NAME\", \"password\": \"short\", \"role\": \"AUDITOR\"}                               | password",
            "{\"username\": \"NAME\", \"password\": \"ééééééééééééééééééééééééééééééééééééééééé\", \"role\": \"AUDITOR\"} | password",
            "{\"username\": \"NAME\", \"password\": \"long enough password\"}                                       | role",
            "{\"username\": \"NAME\", \"password\": \"long enough password\", \"role\": \"CHIEF\"}                  | role",
            "{\"username\": \"NAME\", \"password\": \"long enough password\", \"role\": \"INVESTIGATOR\"}           | team",
            "{\"username\": \"NAME\", \"password\": \"long enough password\", \"role\": \"AUDITOR\", \"team\": \"north\"} | team",
            "{\"username\": \"NAME\", \"password\": \"long enough password\", \"role\": \"SUPERVISOR\", \"team\": \"no\\nrth\"} | team",
            "{\"username\": \"NAME\", \"password\": \"long enough password\", \"role\": \"AUDITOR\", \"positions\": [\" \"]} | positions[0]",
            "{\"username\": \"NAME\", \"password\": \"long enough password\", \"role\": \"AUDITOR\", \"positions\": [\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\",\"j\",\"k\"]} | positions",
            "{\"username\": \"ivy\", \"password\": \"long enough password\", \"role\": \"AUDITOR\"}                 | username"})
    void refusesABadNewUserNamingTheFieldAndChangesNothing(String body, String field) {
        long users = count("app_user");
        long changes = count("user_change");

        ResponseEntity<JsonNode> refused = adm.post("/api/admin/users", body.replace("NAME", newName()));

        assertThat(refused.getStatusCode().is4xxClientError()).as(refused.toString()).isTrue();
        assertThat(refused.getBody().get("errors").get(0).get("field").asText()).as(refused.toString()).isEqualTo(field);
        assertThat(count("app_user")).isEqualTo(users);
        assertThat(count("user_change")).isEqualTo(changes);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"username\": \"a\", \"username\": \"b\", \"password\": \"long enough password\", \"role\": \"AUDITOR\"} | username",
            "{\"username\": \"NAME\", \"password\": \"long enough password\", \"role\": \"AUDITOR\"} {}           | body",
            "{\"username\": \"NAME\", \"password\": \"long enough password\", \"role\": \" AUDITOR\"}             | role",
            "{\"username\": \"NAME\", \"password\": 123456789012345, \"role\": \"AUDITOR\"}                       | password",
            "{\"username\": \"NAME\", \"password\": \"long enough password\", \"role\": \"AUDITOR\", \"positions\": [null]} | positions[0]"})
    void refusesAMalformedBodyAsAProblemForPeople(String body, String field) {
        long users = count("app_user");

        ResponseEntity<JsonNode> refused = adm.post("/api/admin/users", body.replace("NAME", newName()));

        assertThat(refused.getStatusCode()).as(refused.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
        io.harmsway.ops.support.Refusals.assertProblemForPeople(refused);
        assertThat(refused.getBody().get("errors").get(0).get("field").asText()).as(refused.toString()).startsWith(field);
        assertThat(count("app_user")).isEqualTo(users);
    }

    @Test
    void refusesABadChangeNamingTheFieldAndChangesNothing() {
        String name = created("INVESTIGATOR", "\"north\"");
        long changes = count("user_change");

        ResponseEntity<JsonNode> noTeam = adm.exchange("/api/admin/users/" + name, HttpMethod.PUT, json("""
                {"role": "SUPERVISOR", "team": null, "positions": [], "enabled": false}"""));
        ResponseEntity<JsonNode> noEnabled = adm.exchange("/api/admin/users/" + name, HttpMethod.PUT, json("""
                {"role": "SUPERVISOR", "team": "north", "positions": []}"""));
        ResponseEntity<JsonNode> nobody = adm.exchange("/api/admin/users/nobody-" + name, HttpMethod.PUT, json("""
                {"role": "SUPERVISOR", "team": "north", "positions": [], "enabled": true}"""));

        assertThat(noTeam.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noTeam.getBody().get("errors").get(0).get("field").asText()).isEqualTo("team");
        assertThat(noEnabled.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noEnabled.getBody().get("errors").get(0).get("field").asText()).isEqualTo("enabled");
        assertThat(nobody.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(nobody.getBody().get("errors").get(0).get("field").asText()).isEqualTo("username");
        assertThat(adm.get("/api/admin/users/" + name).getBody().get("role").asText()).isEqualTo("INVESTIGATOR");
        assertThat(adm.get("/api/admin/users/" + name).getBody().get("enabled").asBoolean()).isTrue();
        assertThat(count("user_change")).isEqualTo(changes);
    }

    @Test
    void theLastEnabledAdministratorStaysOne() {
        ResponseEntity<JsonNode> disableSelf = adm.exchange("/api/admin/users/adm", HttpMethod.PUT, json("""
                {"role": "ADMINISTRATOR", "team": null, "positions": [], "enabled": false}"""));
        ResponseEntity<JsonNode> demoteSelf = adm.exchange("/api/admin/users/adm", HttpMethod.PUT, json("""
                {"role": "OPERATOR", "team": null, "positions": [], "enabled": true}"""));

        assertThat(disableSelf.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(disableSelf.getBody().get("errors").get(0).get("field").asText()).isEqualTo("enabled");
        assertThat(demoteSelf.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(demoteSelf.getBody().get("errors").get(0).get("field").asText()).isEqualTo("role");
        assertThat(adm.get("/api/admin/users").getStatusCode()).isEqualTo(HttpStatus.OK);

        // with a second administrator, either may be disabled
        String second = created("ADMINISTRATOR", "null");
        ResponseEntity<JsonNode> disableSecond = adm.exchange("/api/admin/users/" + second, HttpMethod.PUT, json("""
                {"role": "ADMINISTRATOR", "team": null, "positions": [], "enabled": false}"""));
        assertThat(disableSecond.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private String created(String role, String team) {
        String name = newName();
        ResponseEntity<JsonNode> created = adm.post("/api/admin/users", newUser(name, role, team));
        assertThat(created.getStatusCode()).as(created.toString()).isEqualTo(HttpStatus.CREATED);
        return name;
    }

    private static String newUser(String name, String role, String team) {
        return """
                {"username": "%s", "password": "%s", "role": "%s", "team": %s}""".formatted(name, password(name), role, team);
    }

    private static String newName() {
        return "u" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String password(String name) {
        return name + " correct horse";
    }

    private String signIn(String name, String password) {
        ResponseEntity<JsonNode> answer = Api.signIn(http, name, password, new HttpHeaders());
        assertThat(answer.getStatusCode()).as(answer.toString()).isEqualTo(HttpStatus.OK);
        return answer.getBody().get("token").asText();
    }

    private ResponseEntity<JsonNode> get(String path, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
