package io.harmsway.ops.benchmark;

import io.harmsway.ops.support.ScratchDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long the pages take to answer, p50 and p99, with the demo data (the application started with
 * the demo profile, its read models caught up), over real HTTP with a signed-in session cookie as
 * a browser sends it: the sign-in page, the investigator's "My cases", the case page of her worst
 * case (timeline chart data, clocks, the list; each read logged as an event, as every read of a case
 * is) and an action's form; the supervisor's team inbox, the fragment its page polls, the team
 * dashboard; the auditor's case page (the case replayed as known now, its access log) and the
 * inspection report. One client, one request at a time; static files (cached by a browser) are not
 * counted. For comparison, in the same run, the API's own reads of the case's timeline and clocks
 * (the case page reads both, and more). Run it with {@code bench/pages [--requests=500] [--warmup=50]};
 * the aim is
 * p99 under 200 ms.
 */
public final class PagesBenchmark {

    private static final Pattern FIRST_CASE = Pattern.compile("data-case-id=\"([^\"]+)\"");

    private PagesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        int requests = options.integer("requests", 500);
        int warmup = options.integer("warmup", 50);

        try (ScratchDatabase database = ScratchDatabase.forBenchmark();
             RunningApplication app = new RunningApplication(database, "spring.profiles.active=demo")) {
            new Backlog(app.bean(JdbcTemplate.class)).awaitCaughtUp(Duration.ofMinutes(5));
            String base = "http://127.0.0.1:" + app.port();
            HttpClient ivy = BrowserSessions.signedIn(base, "ivy");
            String myCases = BrowserSessions.body(ivy, base + "/cases");
            Matcher first = FIRST_CASE.matcher(myCases);
            if (!first.find()) {
                throw new IllegalStateException("ivy's cases page lists no case: " + myCases);
            }
            String caseId = first.group(1);
            HttpClient sam = BrowserSessions.signedIn(base, "sam");
            HttpClient ada = BrowserSessions.signedIn(base, "ada");
            Map<String, Page> pages = new LinkedHashMap<>();
            pages.put("sign-in page", new Page(ivy, "/sign-in"));
            pages.put("my cases (ivy, demo data)", new Page(ivy, "/cases"));
            pages.put("case page (her first case)", new Page(ivy, "/cases/" + caseId));
            pages.put("case page, actions only", new Page(ivy, "/cases/" + caseId + "?show=actions"));
            pages.put("an action's form", new Page(ivy, "/cases/" + caseId + "/actions/strategy-discussions"));
            pages.put("team inbox (sam)", new Page(sam, "/teams/north/inbox"));
            pages.put("team inbox's cases, polled", new Page(sam, "/teams/north/inbox/cases"));
            pages.put("team dashboard (sam)", new Page(sam, "/teams/north/dashboard"));
            pages.put("auditor's case page (ada)", new Page(ada, "/audit/cases/" + caseId));
            pages.put("inspection report (ada)", new Page(ada, "/audit/inspection"));
            System.out.printf("pages benchmark: demo data, %d requests per page after %d to warm up, one client,"
                    + " %d cores%n", requests, warmup, Runtime.getRuntime().availableProcessors());
            String token = new HttpLoad(app.port()).token("ivy", "ivy-demo");
            Map<String, Page> api = new LinkedHashMap<>();
            api.put("API: the case's timeline (JSON)", new Page(ivy, "/api/cases/" + caseId + "/timeline"));
            api.put("API: the case's clocks (JSON)", new Page(ivy, "/api/sla/cases/" + caseId + "/clocks"));
            Map<String, HttpRequest> requestsByName = new LinkedHashMap<>();
            Map<String, HttpClient> clients = new LinkedHashMap<>();
            pages.forEach((name, page) -> {
                requestsByName.put(name, HttpRequest.newBuilder(URI.create(base + page.path())).GET().build());
                clients.put(name, page.client());
            });
            api.forEach((name, page) -> {
                requestsByName.put(name, HttpRequest.newBuilder(URI.create(base + page.path()))
                        .header("Authorization", "Bearer " + token).GET().build());
                clients.put(name, page.client());
            });
            for (Map.Entry<String, HttpRequest> page : requestsByName.entrySet()) {
                HttpRequest request = page.getValue();
                HttpClient client = clients.get(page.getKey());
                times(client, request, warmup);
                List<Duration> times = times(client, request, requests);
                Collections.sort(times);
                System.out.printf("%-32s p50 %6.1f ms   p99 %6.1f ms   max %6.1f ms%n", page.getKey(),
                        ms(percentile(times, 0.50)), ms(percentile(times, 0.99)), ms(times.get(times.size() - 1)));
            }
        }
        System.exit(0);
    }

    private static List<Duration> times(HttpClient client, HttpRequest request, int count)
            throws IOException, InterruptedException {
        List<Duration> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            HttpResponse<Void> answer = client.send(request, HttpResponse.BodyHandlers.discarding());
            times.add(Duration.ofNanos(System.nanoTime() - start));
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("GET " + request.uri() + " answered " + answer.statusCode());
            }
        }
        return times;
    }

    private static Duration percentile(List<Duration> sorted, double share) {
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * share) - 1));
    }

    /** A page, asked for by a client signed in as the user who reads it. */
    private record Page(HttpClient client, String path) {
    }

    private static double ms(Duration duration) {
        return duration.toNanos() / 1e6;
    }
}
