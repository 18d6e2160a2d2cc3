package io.harmsway.ops.benchmark;

import io.harmsway.ops.support.ScratchDatabase;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import static org.awaitility.Awaitility.await;

/**
 * Authenticated API requests per second over real HTTP, the way in before (HTTP basic, a BCrypt
 * check on every request) and after (a bearer token looked up in PostgreSQL), against the health
 * endpoint (no authentication) in the same run; then one user's answer times alone and while
 * clients guess passwords: before, wrong basic credentials on the API; after, wrong passwords
 * at the token endpoint, which the throttle soon answers with 429 without checking them; and, to
 * tell a password's cost from a flood's, while as many clients only flood the health endpoint.
 * Run it with {@code bench/sign-in [--clients=8] [--requests=4000] [--basic-requests=400]}
 * {@code [--guessers=16] [--latency-requests=50] [--path=/api/sla/rules]}.
 */
public final class SignInBenchmark {

    private SignInBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        int clients = options.integer("clients", 8);
        int requests = options.integer("requests", 4_000);
        int basicRequests = options.integer("basic-requests", 400);
        int guessers = options.integer("guessers", 16);
        int latencyRequests = options.integer("latency-requests", 50);
        String path = options.text("path", "/api/sla/rules");

        try (ScratchDatabase database = ScratchDatabase.forBenchmark();
             RunningApplication app = new RunningApplication(database, List.of(HttpBasicOnTheApi.class), Map.of(),
                     // every refused guess is logged at WARN: kept off the benchmark's console
                     "logging.level.io.harmsway.ops.security.AccessLog=error")) {
            HttpLoad http = new HttpLoad(app.port());
            HttpRequest health = http.anonymous("/actuator/health");
            HttpRequest basic = http.basic(path, "ivy", "ivy-demo");
            HttpRequest bearer = http.bearer(path, http.token("ivy", "ivy-demo"));
            System.out.printf("sign-in benchmark: GET %s as ivy, %d clients, %d cores%n", path, clients,
                    Runtime.getRuntime().availableProcessors());
            http.rate(clients, requests / 4, health);
            http.rate(clients, basicRequests / 4, basic);
            http.rate(clients, requests / 4, bearer);

            Rate healthRate = http.rate(clients, requests, health);
            Rate basicRate = http.rate(clients, basicRequests, basic);
            Rate bearerRate = http.rate(clients, requests, bearer);
            System.out.println("GET /actuator/health, no authentication:   " + healthRate);
            System.out.println("before: HTTP basic, BCrypt per request:     " + basicRate);
            System.out.println("after:  bearer token, looked up per request: " + bearerRate);
            System.out.printf("ratio to health: before %.3f, after %.2f; after / before: %.0f%n",
                    basicRate.ratioTo(healthRate), bearerRate.ratioTo(healthRate), bearerRate.ratioTo(basicRate));

            HttpLoad.Latencies basicAlone = http.latencies(latencyRequests, basic);
            HttpLoad.Latencies basicAttacked;
            Map<Integer, Integer> basicGuesses;
            try (Guessers attack = guessing(guessers, http, n -> http.basic(path, "ivy", "guess-" + n))) {
                basicAttacked = http.latencies(latencyRequests, basic);
                basicGuesses = attack.answers();
            }
            HttpLoad.Latencies bearerAlone = http.latencies(latencyRequests, bearer);
            HttpLoad.Latencies bearerAttacked;
            Map<Integer, Integer> bearerGuesses;
            try (Guessers attack = guessing(guessers, http, n -> http.signIn("ivy", "guess-" + n))) {
                bearerAttacked = http.latencies(latencyRequests, bearer);
                bearerGuesses = attack.answers();
            }
            HttpLoad.Latencies bearerFlooded;
            Map<Integer, Integer> floodAnswers;
            try (Guessers flood = guessing(guessers, http, n -> health)) {
                bearerFlooded = http.latencies(latencyRequests, bearer);
                floodAnswers = flood.answers();
            }
            System.out.printf("one user, before, alone:               %s%n", basicAlone);
            System.out.printf("one user, before, %2d guessing basic:   %s (guesses answered %s)%n", guessers,
                    basicAttacked, basicGuesses);
            System.out.printf("one user, after, alone:                %s%n", bearerAlone);
            System.out.printf("one user, after, %2d guessing sign-ins: %s (guesses answered %s)%n", guessers,
                    bearerAttacked, bearerGuesses);
            System.out.printf("one user, after, %2d flooding health:   %s (requests answered %s)%n",
                    guessers, bearerFlooded, floodAnswers);
            System.out.printf("slow-down under guessing: before %.1fx, after %.1fx (%.1fx under a flood of health checks)%n",
                    ratio(basicAttacked, basicAlone), ratio(bearerAttacked, bearerAlone), ratio(bearerFlooded, bearerAlone));
        }
        // Axon leaves a non-daemon housekeeping thread behind; the benchmark is over.
        System.exit(0);
    }

    /** Guessers at full speed (each has had an answer) before the user's requests are timed. */
    private static Guessers guessing(int count, HttpLoad http, IntFunction<HttpRequest> guess) {
        Guessers attack = new Guessers(count, http, guess, Duration.ofMinutes(5), 1_000_000);
        await().atMost(Duration.ofMinutes(1)).until(() -> attack.answers().values().stream()
                .mapToInt(Integer::intValue).sum() >= count);
        return attack;
    }

    private static double ratio(HttpLoad.Latencies slower, HttpLoad.Latencies faster) {
        return (double) slower.median().toNanos() / faster.median().toNanos();
    }
}
