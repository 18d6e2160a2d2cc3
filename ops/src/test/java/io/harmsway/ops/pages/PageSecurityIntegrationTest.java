package io.harmsway.ops.pages;

import io.harmsway.ops.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' filter chain over plain HTTP: the security headers on every page, CSRF protection on
 * every form (sign-in and sign-out included), a session that signing out ends, the sign-in throttle
 * on the form as on the token endpoint, and an API that still takes bearer tokens only.
 */
class PageSecurityIntegrationTest extends IntegrationTestBase {

    @LocalServerPort
    int port;

    @Test
    void everyPageSendsAContentSecurityPolicyWithoutInlineScriptAndRefusesFraming() {
        PageSession browser = new PageSession(port);
        for (HttpResponse<String> answer : new HttpResponse[]{browser.get("/sign-in"),
                signedIn("oli").get("/account"), browser.get("/app/pages.js")}) {
            String policy = answer.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(policy).as(answer.uri().toString()).contains("frame-ancestors 'none'")
                    .contains("script-src 'self'").contains("style-src 'self'").doesNotContain("unsafe-inline")
                    .doesNotContain("unsafe-eval");
            assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        }
    }

    @Test
    void aPageAskedForBeforeSigningInLeadsToTheSignInForm() {
        HttpResponse<String> answer = new PageSession(port).get("/account");

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/sign-in"));
    }

    @Test
    void aSignInPostedWithoutTheCsrfTokenIsRefusedAndSignsNobodyIn() {
        PageSession browser = new PageSession(port);
        browser.get("/sign-in");

        HttpResponse<String> answer = browser.post("/sign-in", Map.of("username", "oli", "password", "oli-demo"), false);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(browser.get("/account").statusCode()).isEqualTo(302);
    }

    @Test
    void aFormPostedWithoutTheCsrfTokenIsRefusedAndTheUserStaysSignedIn() {
        PageSession browser = signedIn("oli");

        HttpResponse<String> answer = browser.post("/sign-out", Map.of(), false);
        assertThat(answer.statusCode()).as(answer.headers().map().toString()).isEqualTo(403);
        assertThat(browser.get("/account").statusCode()).isEqualTo(200);
    }

    @Test
    void signingInChangesTheSessionAndSigningOutEndsIt() {
        PageSession browser = new PageSession(port);
        browser.get("/sign-in");
        String before = browser.sessionCookie().orElseThrow();

        HttpResponse<String> signedIn = browser.post("/sign-in", Map.of("username", "oli", "password", "oli-demo"), true);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String during = browser.sessionCookie().orElseThrow();
        assertThat(during).as("a new session id at sign-in (no session fixation)").isNotEqualTo(before);
        assertThat(browser.get("/account").statusCode()).isEqualTo(200);

        HttpResponse<String> signedOut = browser.post("/sign-out", Map.of(), true);
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in?signed-out");

        PageSession stolenCookie = new PageSession(port);
        HttpResponse<String> replayed = stolenCookie.send(stolenCookie.request("/account")
                .header("Cookie", "JSESSIONID=" + during).GET());
        assertThat(replayed.statusCode()).as("the old session no longer signs anyone in").isEqualTo(302);
        assertThat(replayed.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in?timed-out");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        PageSession browser = new PageSession(port);
        HttpResponse<String> answer = browser.get("/sign-in");

        assertThat(answer.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void aWrongPasswordOnTheFormSaysSoWithoutSayingWhichPart() {
        HttpResponse<String> answer = new PageSession(port).signIn("oli", "not-the-password");

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in?failed");
    }

    @Test
    void theFormIsThrottledAsTheTokenEndpointIs() {
        PageSession browser = new PageSession(port);
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(browser.signIn("mallory", "guess-" + attempt).headers().firstValue("Location").orElseThrow())
                    .endsWith("/sign-in?failed");
        }

        HttpResponse<String> held = browser.signIn("mallory", "guess-5");

        assertThat(held.headers().firstValue("Location").orElseThrow()).contains("/sign-in?throttled=");
        assertThat(browser.get(held.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
                .body()).contains("Too many sign-ins failed lately");
        clock.advance(Duration.ofMinutes(15)); // the buckets full again for every other test
    }

    @Test
    void theApiTakesBearerTokensOnlyNotThePagesSessionCookie() {
        PageSession browser = signedIn("sam");

        HttpResponse<String> withCookie = browser.get("/api/cases");

        assertThat(withCookie.statusCode()).isEqualTo(401);
        assertThat(withCookie.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        assertThat(sam.get("/api/cases").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void anotherTeamsOfficerPostingAFormOnTheCaseIsRefusedAndNothingIsRecorded() {
        String caseId = ivy.post("/api/cases", """
                {"childAgeYears": 5, "allegation": "NEGLECT", "riskGrade": "STANDARD",
                 "physicalSymptoms": false, "occurredAt": "%s"}""".formatted(clock.instant())).getBody().get("id").asText();
        long stored = events.countOfCase(caseId);
        PageSession ian = signedIn("ian");
        ian.get("/cases/new"); // a page with a form, for the CSRF token

        HttpResponse<String> answer = ian.post("/cases/" + caseId + "/actions/notes", Map.of("text", "not my case",
                "occurredAt-day", "2", "occurredAt-month", "3", "occurredAt-year", "2026", "occurredAt-time", "09:00"),
                true);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("is another team");
        assertThat(events.countOfCase(caseId)).isEqualTo(stored);
    }

    @Test
    void anAuditorMayReadButNotPostAForm() {
        PageSession ada = signedIn("ada");
        ada.get("/cases/new");

        HttpResponse<String> answer = ada.post("/cases/new", Map.of("childAgeYears", "5"), true);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("Your role does not give you this page");
    }

    private PageSession signedIn(String user) {
        PageSession browser = new PageSession(port);
        assertThat(browser.signIn(user, user + "-demo").statusCode()).isEqualTo(302);
        return browser;
    }
}
