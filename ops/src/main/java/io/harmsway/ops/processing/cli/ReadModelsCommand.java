package io.harmsway.ops.processing.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * {@code ./read-models rebuild GROUP|all} and {@code ./read-models status}: asks the running
 * application (HARMSWAY_URL, default http://localhost:8080) to rebuild a read model beside the copy it
 * serves, signed in as an operator (HARMSWAY_USER, HARMSWAY_PASSWORD; default the demo's), and draws
 * its progress until it is swapped in. The application does the work, so the served copy and the
 * processor's token change together there; this only asks and watches. Exit 0 when done, 1 when it failed.
 */
public final class ReadModelsCommand {

    private static final int BAR = 30;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;
    private final PrintStream out;
    private String token;

    ReadModelsCommand(String base, PrintStream out) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        if (args.length == 0 || !(args[0].equals("status") || args[0].equals("rebuild") && args.length == 2)) {
            System.err.println("usage: ./read-models rebuild GROUP|all    rebuild beside the served copy, with a progress bar");
            System.err.println("       ./read-models status               every read model's last rebuild");
            System.exit(2);
        }
        ReadModelsCommand command = new ReadModelsCommand(env.getOrDefault("HARMSWAY_URL", "http://localhost:8080"),
                System.out);
        command.signIn(env.getOrDefault("HARMSWAY_USER", "oli"), env.getOrDefault("HARMSWAY_PASSWORD", "oli-demo"));
        System.exit(args[0].equals("status") ? command.status() : command.rebuild(args[1]));
    }

    void signIn(String user, String password) throws IOException, InterruptedException {
        JsonNode answer = send(HttpRequest.newBuilder(URI.create(base + "/api/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                        Map.of("username", user, "password", password)))), 200);
        token = answer.path("token").asText();
    }

    int status() throws IOException, InterruptedException {
        for (JsonNode model : send(authorized("/api/ops/read-models").GET(), 200)) {
            out.printf("%-12s %-9s %,d events%n", model.path("group").asText(), model.path("state").asText(),
                    model.path("eventsDone").asLong());
        }
        return 0;
    }

    int rebuild(String group) throws IOException, InterruptedException {
        send(authorized("/api/ops/read-models/" + group + "/rebuild").POST(HttpRequest.BodyPublishers.noBody()), 202);
        JsonNode status;
        do {
            Thread.sleep(500);
            status = send(authorized("/api/ops/read-models/" + group + "/rebuild").GET(), 200);
            out.print("\r" + bar(status));
        } while (!status.path("state").asText().equals("DONE") && !status.path("state").asText().equals("FAILED"));
        out.println();
        if (status.path("state").asText().equals("FAILED")) {
            out.println("the rebuild failed, the served copy is unchanged: " + status.path("problem").asText());
            return 1;
        }
        out.printf("%s rebuilt and swapped in: %,d events at %,.0f events/s%n", group, status.path("eventsDone").asLong(),
                status.path("eventsPerSecond").asDouble());
        return 0;
    }

    /** {@code [######........] 45%  12,345 / 27,000 events  2,300 events/s  6 s left  RUNNING} */
    static String bar(JsonNode status) {
        long done = status.path("eventsDone").asLong();
        long total = Math.max(1, status.path("eventsTotal").asLong());
        double share = Math.min(1, done / (double) total);
        int filled = (int) Math.round(share * BAR);
        String left = status.path("secondsLeft").isNull() ? "?" : String.valueOf(status.path("secondsLeft").asLong());
        return "[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " + String.format("%3.0f%%  %,d / %,d events"
                + "  %,.0f events/s  %s s left  %-8s", share * 100, done, total, status.path("eventsPerSecond").asDouble(),
                left, status.path("state").asText());
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token);
    }

    private JsonNode send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.build().uri().getPath() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return json.readTree(response.body());
    }
}
