package io.harmsway.cases.upcasting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.harmsway.cases.api.SuspectIdentified;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored older shapes of SuspectIdentified read back, through Axon's upcaster chain, as revision 1. */
class SuspectIdentifiedUpcasterTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())).build();
    private final EventUpcasterChain chain = new EventUpcasterChain(CaseUpcasters.all());

    @Test
    void unversionedSuspectIdentifiedIsReadAsHavingAccessToChildren() {
        SuspectIdentified event = readThroughChain(null, """
                {"caseId": "case-1", "suspectId": "suspect-1", "occurredAt": "2026-03-01T10:00:00Z"}""");

        assertThat(event).isEqualTo(new SuspectIdentified("case-1", "suspect-1", true,
                Instant.parse("2026-03-01T10:00:00Z")));
    }

    @Test
    void revisionZeroIsUpcastToRevisionOne() {
        List<IntermediateEventRepresentation> upcast = upcast("0", """
                {"caseId": "case-1", "suspectId": "suspect-2", "occurredAt": "2026-03-01T10:00:00Z"}""");

        assertThat(upcast).singleElement()
                .satisfies(representation -> assertThat(representation.getType().getRevision()).isEqualTo("1"));
    }

    @Test
    void revisionOneIsLeftAsStored() {
        SuspectIdentified event = readThroughChain("1", """
                {"caseId": "case-1", "suspectId": "suspect-1", "hasAccessToChildren": false,
                 "occurredAt": "2026-03-01T10:00:00Z"}""");

        assertThat(event.hasAccessToChildren()).isFalse();
    }

    private SuspectIdentified readThroughChain(String revision, String json) {
        IntermediateEventRepresentation representation = upcast(revision, json).get(0);
        return serializer.deserialize(representation.getData());
    }

    private List<IntermediateEventRepresentation> upcast(String revision, String json) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("CaseFile", "case-1", 1, "event-1",
                "2026-03-01T10:00:05Z", SuspectIdentified.class.getName(), revision,
                json.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        return chain.upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).toList();
    }
}
