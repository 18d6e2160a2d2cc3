package io.harmsway.ops.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The pages as a browser reads them: signed in through the sign-in form, with the session cookie it answers. */
final class BrowserSessions {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private BrowserSessions() {
    }

    /** Signs in through the form as a browser does: the sign-in page for its CSRF token, then the post. */
    static HttpClient signedIn(String base, String user) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        Matcher csrf = CSRF.matcher(body(client, base + "/sign-in"));
        if (!csrf.find()) {
            throw new IllegalStateException("the sign-in page has no CSRF token");
        }
        String form = "username=" + user + "&password=" + user + "-demo&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("failed")) {
            throw new IllegalStateException("signing in as " + user + " answered " + answer.statusCode());
        }
        return client;
    }

    /** The page's text; anything but 200 is an error. */
    static String body(HttpClient client, String url) throws IOException, InterruptedException {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + answer.statusCode());
        }
        return answer.body();
    }
}
