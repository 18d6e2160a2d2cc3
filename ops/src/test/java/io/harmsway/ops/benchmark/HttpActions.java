package io.harmsway.ops.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ObjIntConsumer;

/**
 * One case's worth of actions over real HTTP, as a program records them with its bearer token:
 * {@code POST /api/cases} (a referral: the case opens), then {@code POST /api/cases/{id}/suspects}
 * for each suspect, the same actions as {@link CaseActions} sends through the gateway. Each
 * answer's time is kept, each status counted; each 2xx is reported to a listener (the timeline watch).
 */
final class HttpActions {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final String token;
    private final int suspectsPerCase;
    private final Instant referredAt;
    private final ConcurrentLinkedQueue<Long> answerTimes = new ConcurrentLinkedQueue<>();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();

    HttpActions(int port, String token, int suspectsPerCase, Instant referredAt) {
        this.base = "http://127.0.0.1:" + port;
        this.token = token;
        this.suspectsPerCase = suspectsPerCase;
        this.referredAt = referredAt;
    }

    int actionsPerCase() {
        return 1 + suspectsPerCase;
    }

    /**
     * Records one case; {@code answered} hears the case id and the action's number for each 2xx.
     * Answers the actions answered 2xx. A case whose opening is refused gets no suspects.
     */
    int record(ObjIntConsumer<String> answered) throws Exception {
        String caseId = open();
        if (caseId == null) {
            return 0;
        }
        answered.accept(caseId, 0);
        int done = 1;
        for (int suspect = 1; suspect <= suspectsPerCase; suspect++) {
            HttpResponse<String> identified = post("/api/cases/" + caseId + "/suspects",
                    "{\"hasAccessToChildren\": false, \"occurredAt\": \"" + referredAt.plus(Duration.ofMinutes(suspect)) + "\"}");
            if (identified.statusCode() / 100 == 2) {
                answered.accept(caseId, suspect);
                done++;
            }
        }
        return done;
    }

    /** Opens a case by a referral: answers its id, or null if the opening was refused. */
    String open() throws Exception {
        HttpResponse<String> opened = post("/api/cases", """
                {"childAgeYears": 9, "allegation": "SEXUAL_ABUSE", "riskGrade": "HIGH",
                 "reportedVia": "phone call to MASH", "reportedBy": "school", "physicalSymptoms": false,
                 "occurredAt": "%s"}""".formatted(referredAt));
        if (opened.statusCode() / 100 != 2) {
            return null;
        }
        String body = opened.body();
        int start = body.indexOf("\"id\":\"") + 6;
        return body.substring(start, body.indexOf('"', start));
    }

    /** Adds a note of the given text to the case: answers the status. */
    int note(String caseId, String text) throws Exception {
        return post("/api/cases/" + caseId + "/notes",
                "{\"text\": \"" + text + "\", \"occurredAt\": \"" + referredAt.plus(Duration.ofMinutes(30)) + "\"}")
                .statusCode();
    }

    /** Every answer's time since the last call (nanoseconds), and forgets them. */
    long[] answerTimesAndReset() {
        long[] times = answerTimes.stream().mapToLong(Long::longValue).toArray();
        answerTimes.clear();
        return times;
    }

    /** How many answers of each status since the last call, and forgets them. */
    Map<Integer, Integer> statusesAndReset() {
        Map<Integer, Integer> counts = new java.util.TreeMap<>();
        statuses.forEach((status, count) -> counts.put(status, count.get()));
        statuses.clear();
        return counts;
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        long start = System.nanoTime();
        HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
        answerTimes.add(System.nanoTime() - start);
        statuses.computeIfAbsent(answer.statusCode(), status -> new AtomicInteger()).incrementAndGet();
        return answer;
    }
}
