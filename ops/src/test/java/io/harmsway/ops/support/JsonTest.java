package io.harmsway.ops.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import static io.harmsway.ops.support.Json.first;
import static io.harmsway.ops.support.Json.instant;
import static io.harmsway.ops.support.Json.list;
import static io.harmsway.ops.support.Json.present;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** What a read model has not caught up on yet fails as an assertion, which Awaitility waits out. */
class JsonTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anAwaitKeepsWaitingWhileTheEntryIsNotThereYet() throws Exception {
        Iterator<JsonNode> answers = List.of(json.readTree("[]"), json.readTree("[{\"caseId\": \"c-2\"}]"),
                json.readTree("[{\"caseId\": \"c-1\", \"dueAt\": null}]"),
                json.readTree("[{\"caseId\": \"c-1\", \"dueAt\": \"2026-03-02T09:00:00Z\"}]")).iterator();

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(10)).untilAsserted(() -> {
            JsonNode summary = first(list(answers.next()), node -> node.path("caseId").asText().equals("c-1"), "c-1");
            assertThat(instant(summary, "dueAt")).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        });

        assertThat(answers.hasNext()).isFalse();
    }

    @Test
    void anythingButAnAssertionEndsAnAwaitAtOnce() {
        long start = System.nanoTime();

        assertThatThrownBy(() -> await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> List.of().stream().findFirst().orElseThrow()))
                .isInstanceOf(NoSuchElementException.class);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void whatIsMissingFailsAsAnAssertion() throws Exception {
        assertThatThrownBy(() -> list(null)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> list(json.readTree("{\"title\": \"Internal Server Error\"}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Internal Server Error");
        assertThatThrownBy(() -> first(List.of(), node -> true, "case c-1 in the case list"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("case c-1 in the case list");
        assertThatThrownBy(() -> present(Optional.empty(), "an open clock")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> instant(json.readTree("{\"dueAt\": null}"), "dueAt")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> instant(json.readTree("{}"), "dueAt")).isInstanceOf(AssertionError.class);
    }
}
