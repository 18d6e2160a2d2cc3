package io.harmsway.ops.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/**
 * Requests to the running application over real HTTP (loopback only, keep-alive connections, the
 * JDK's client), with the headers each way in needs: none, HTTP basic, or a bearer token.
 */
final class HttpLoad {

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    HttpLoad(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    HttpRequest anonymous(String path) {
        return request(path).GET().build();
    }

    HttpRequest basic(String path, String user, String password) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return request(path).header("Authorization", "Basic " + credentials).GET().build();
    }

    HttpRequest bearer(String path, String token) {
        return request(path).header("Authorization", "Bearer " + token).GET().build();
    }

    /** A POST without a body, with a bearer token. */
    HttpRequest postBearer(String path, String token) {
        return request(path).header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build();
    }

    HttpRequest signIn(String user, String password) {
        return request("/api/tokens").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\": \"" + user + "\", \"password\": \"" + password + "\"}"))
                .build();
    }

    /** Signs in and answers the bearer token. */
    String token(String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> answer = client.send(signIn(user, password), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("sign-in as " + user + " answered " + answer.statusCode() + ": " + answer.body());
        }
        String body = answer.body();
        int start = body.indexOf("\"token\":\"") + 9;
        return body.substring(start, body.indexOf('"', start));
    }

    /** Sends the request and answers its status. */
    int send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Sends the request and answers its body, whatever its status. */
    String body(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    /** {@code requests} of the same request from {@code clients} at once, each expected to answer 200. */
    Rate rate(int clients, int requests, HttpRequest request) throws Exception {
        return new Clients(clients).run(requests, (client, n) -> {
            expectOk(request);
            return 1;
        });
    }

    /** One client alone sending the request {@code requests} times: each answer's time. */
    Latencies latencies(int requests, HttpRequest request) throws Exception {
        List<Duration> times = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            expectOk(request);
            times.add(Duration.ofNanos(System.nanoTime() - start));
        }
        return new Latencies(times);
    }

    private void expectOk(HttpRequest request) throws IOException, InterruptedException {
        int status = send(request);
        if (status != 200) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + status);
        }
    }

    private HttpRequest.Builder request(String path) {
        // Long enough for the slowest read measured (the national inspection report on a loaded machine).
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(15));
    }

    /** How long answers took. */
    record Latencies(List<Duration> times) {

        Duration median() {
            List<Duration> sorted = new ArrayList<>(times);
            Collections.sort(sorted);
            return sorted.get(sorted.size() / 2);
        }

        @Override
        public String toString() {
            return String.format("median %.1f ms over %d requests", median().toNanos() / 1e6, times.size());
        }
    }
}
