package io.harmsway.ops.pages;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The pages over plain HTTP, as a browser would reach them but with every header in sight: one
 * session cookie kept by hand, no redirect followed, the CSRF token read from the last form shown.
 */
final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String session;
    private String csrf;

    PageSession(int port) {
        this.base = "http://localhost:" + port;
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** A form post, with the CSRF token of the last page shown unless {@code withToken} is false. */
    HttpResponse<String> post(String path, Map<String, String> fields, boolean withToken) {
        Map<String, String> body = new java.util.LinkedHashMap<>(fields);
        if (withToken && csrf != null) {
            body.put("_csrf", csrf);
        }
        String form = body.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Signs in through the form: the sign-in page for a token, then the post. */
    HttpResponse<String> signIn(String user, String password) {
        get("/sign-in");
        return post("/sign-in", Map.of("username", user, "password", password), true);
    }

    Optional<String> sessionCookie() {
        return Optional.ofNullable(session);
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            answer.headers().allValues("Set-Cookie").forEach(cookie -> {
                Matcher matcher = SESSION.matcher(cookie);
                if (matcher.find()) {
                    session = cookie.contains("Max-Age=0") ? null : matcher.group(1);
                }
            });
            Matcher token = CSRF.matcher(answer.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return answer;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return request;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
