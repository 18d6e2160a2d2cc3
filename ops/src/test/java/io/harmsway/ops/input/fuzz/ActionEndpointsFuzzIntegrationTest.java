package io.harmsway.ops.input.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.IntegrationTestBase;
import io.harmsway.ops.support.Processors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.harmsway.ops.support.Json.list;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes every action endpoint the OpenAPI document lists. Each gets a fresh case and a valid
 * request generated from its schema, which must be accepted; then {@value #DEFAULT_REQUESTS}
 * mutations of those requests ({@code -Dharmsway.fuzz.requests=N} for more), spread evenly over
 * the endpoints, are drawn from a random source whose seed is printed: {@code
 * -Dharmsway.fuzz.seed=<seed>} sends the same mutations in the same order again. The suite's own
 * run uses a fixed seed, so that it judges the same requests every time; {@code
 * -Dharmsway.fuzz.seed=random} draws new ones to explore further. No answer is a
 * 5xx; every refusal is a problem body naming the field the mutation broke, and appends nothing;
 * every acceptance was of a request still valid, appended one event, and reaches its case's
 * timeline, recorded by the signed-in officer whatever the body said; afterwards nothing is
 * parked in the dead-letter queue and both processors still advance.
 */
class ActionEndpointsFuzzIntegrationTest extends IntegrationTestBase {

    static final int DEFAULT_REQUESTS = 1200;
    static final long DEFAULT_SEED = 20261201L;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void noMutatedRequestFailsTheServerOrAppendsWhenRefusedAndTheProcessorsStillAdvance() {
        String chosen = System.getProperty("harmsway.fuzz.seed", Long.toString(DEFAULT_SEED));
        long seed = chosen.equals("random") ? new Random().nextLong() : Long.parseLong(chosen);
        int requests = Integer.getInteger("harmsway.fuzz.requests", DEFAULT_REQUESTS);
        System.out.printf("Fuzzing the action endpoints with seed %d (-Dharmsway.fuzz.seed=%d repeats the run)%n",
                seed, seed);
        Instant now = clock.instant();
        List<ActionEndpoint> endpoints = ActionEndpoint.in(Api.anonymous(http).get("/v3/api-docs").getBody());
        assertThat(endpoints).extracting(ActionEndpoint::template).containsExactlyInAnyOrderElementsOf(mappedActions());
        long parkedBefore = parked();
        StoreCounts store = new StoreCounts(jdbc);
        Judge judge = new Judge(store);
        List<Target> targets = endpoints.stream().map(new Targets(ivy, sam, Api.as(http, "ada"), jdbc, sweep, now)::prepare).toList();
        ValidBodies bodies = new ValidBodies(now);

        for (Target target : targets) {
            ObjectNode valid = bodies.of(target);
            Mutation unchanged = Mutation.json("unchanged", target.path(), JsonText.escaped(valid),
                    Expected.validAs(valid));
            ResponseEntity<JsonNode> response = send(seed, -1, target, unchanged, judge, store);
            assertThat(response.getStatusCode().is2xxSuccessful()).as(target.endpoint() + " " + response).isTrue();
        }
        Mutations mutations = new Mutations(new Random(seed));
        TreeMap<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < requests; i++) {
            Target target = targets.get(i % targets.size());
            Mutation mutation = mutations.next(target, bodies.of(target));
            statuses.merge(send(seed, i, target, mutation, judge, store).getStatusCode().value(), 1, Integer::sum);
        }
        System.out.printf("Sent %d mutated requests to %d endpoints; answers by status %s%n", requests, endpoints.size(),
                statuses);

        Timelines.assertShowEveryAccepted(ivy, judge.accepted());
        Processors.assertStillAdvancing(ivy, now);
        assertNothingParked(parkedBefore, Stream.concat(targets.stream().map(Target::caseId),
                judge.accepted().stream().map(Judge.AcceptedEntry::caseId)).collect(Collectors.toSet()));
        assertThat(requests).isGreaterThanOrEqualTo(1000);
    }

    /** Sends one request and judges the answer; a failure says how to send the same request again. */
    private ResponseEntity<JsonNode> send(long seed, int index, Target target, Mutation mutation, Judge judge,
                                          StoreCounts store) {
        try {
            StoreCounts.Counts before = store.of(target);
            ResponseEntity<JsonNode> response = target.sender().post(mutation.path(), mutation.body(),
                    mutation.contentType());
            judge.judge(target, mutation, response, before);
            return response;
        } catch (AssertionError | RuntimeException failure) {
            throw new AssertionError("""
                    Fuzzing with seed %d (-Dharmsway.fuzz.seed=%d), request %d: %s
                      path %s, %s, content type %s
                      body %s
                    %s""".formatted(seed, seed, index, target.endpoint(), mutation.path(), mutation.description(),
                    mutation.contentType(), mutation.shownBody(), failure.getMessage()), failure);
        }
    }

    /** Every POST the application maps on a case or a clock, from Spring's own handler mappings. */
    private List<String> mappedActions() {
        return mappings.getHandlerMethods().keySet().stream()
                .filter(info -> info.getMethodsCondition().getMethods().contains(RequestMethod.POST))
                .flatMap(info -> info.getPatternValues().stream())
                .filter(ActionEndpoint::isAction)
                .toList();
    }

    private long parked() {
        return jdbc.queryForObject("select count(*) from dead_letter_entry", Long.class);
    }

    private void assertNothingParked(long parkedBefore, Set<String> cases) {
        assertThat(list(Api.as(http, "oli").get("/api/ops/dead-letters").getBody()))
                .noneMatch(entry -> cases.contains(entry.path("caseId").asText()));
        assertThat(parked()).as("events parked in the dead-letter queue during the run").isEqualTo(parkedBefore);
    }
}
