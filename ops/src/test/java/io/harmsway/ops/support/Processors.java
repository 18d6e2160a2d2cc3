package io.harmsway.ops.support;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.StreamingEventProcessor;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Whether both streaming processors still advance: a new case gets its clocks, and a note reaches its timeline. */
public final class Processors {

    private Processors() {
    }

    /**
     * Whether every segment of the processor has handled (and committed: Axon moves a segment's
     * status on only after its batch commits) the event at the global index and all before it.
     */
    public static boolean reached(StreamingEventProcessor processor, long globalIndex) {
        return !processor.processingStatus().isEmpty() && processor.processingStatus().values().stream()
                .allMatch(segment -> segment.getCurrentPosition().orElse(-1) >= globalIndex);
    }

    public static void assertStillAdvancing(Api officer, Instant now) {
        String caseId = officer.openCase("HIGH", now);
        String text = "still advancing " + UUID.randomUUID();
        assertThat(officer.post("/api/cases/" + caseId + "/notes",
                "{\"text\": \"%s\", \"occurredAt\": \"%s\"}".formatted(text, now)).getStatusCode().value())
                .isEqualTo(204);

        await().untilAsserted(() -> {
            JsonNode timeline = officer.get("/api/cases/" + caseId + "/timeline").getBody();
            assertThat(timeline.findValuesAsText("title")).anyMatch(title -> title.contains(text));
            assertThat(officer.get("/api/sla/cases/" + caseId + "/clocks").getBody()).isNotEmpty();
        });
    }
}
