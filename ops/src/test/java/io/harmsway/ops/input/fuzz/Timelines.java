package io.harmsway.ops.input.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.support.Api;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.harmsway.ops.support.Json.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every event an accepted request appended reaches its case's timeline, recorded by whoever sent
 * it, with the texts it was sent.
 */
final class Timelines {

    private Timelines() {
    }

    static void assertShowEveryAccepted(Api reader, List<Judge.AcceptedEntry> accepted) {
        Map<String, List<Judge.AcceptedEntry>> byCase = accepted.stream()
                .collect(Collectors.groupingBy(Judge.AcceptedEntry::caseId));
        byCase.forEach((caseId, entries) -> await().untilAsserted(() -> {
            Map<String, JsonNode> timeline = list(reader.get("/api/cases/" + caseId + "/timeline").getBody()).stream()
                    .collect(Collectors.toMap(entry -> entry.path("eventId").asText(), entry -> entry, (a, b) -> a));
            for (Judge.AcceptedEntry entry : entries) {
                assertThat(timeline).as("the timeline of case " + caseId + " after " + entry.request())
                        .containsKey(entry.eventId());
                assertSentBy(entry, timeline.get(entry.eventId()));
                assertKeptAsSent(entry, timeline.get(entry.eventId()));
            }
        }));
    }

    /**
     * Each text is kept as it was sent, character for character (not trimmed, not re-encoded), in
     * the fact of the same name, wherever the event names its fact as the request names its field.
     */
    private static void assertKeptAsSent(Judge.AcceptedEntry accepted, JsonNode entry) {
        accepted.texts().forEach((field, text) -> {
            if (entry.path("facts").has(field)) {
                assertThat(entry.path("facts").get(field).asText()).as(accepted.request() + ": " + field).isEqualTo(text);
            }
        });
    }

    /**
     * The body cannot name who records: a case event is recorded by the signed-in officer; a clock
     * event by the SLA module, naming the officer who paused, resumed or acknowledged it.
     */
    private static void assertSentBy(Judge.AcceptedEntry accepted, JsonNode entry) {
        if (entry.path("type").asText().startsWith("SlaClock")) {
            List<String> officers = entry.path("facts").properties().stream().filter(fact -> fact.getKey().endsWith("By"))
                    .map(fact -> fact.getValue().asText()).toList();
            assertThat(officers).as(accepted.request() + ": " + entry).containsExactly(accepted.user());
        } else {
            assertThat(entry.path("recordedBy").asText()).as(accepted.request()).isEqualTo(accepted.user());
        }
    }
}
