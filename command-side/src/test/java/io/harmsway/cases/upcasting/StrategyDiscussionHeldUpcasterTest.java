package io.harmsway.cases.upcasting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.harmsway.cases.api.Agency;
import io.harmsway.cases.api.StrategyDiscussionHeld;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A strategy discussion stored as revision 1 (decision as text only) reads back as revision 2. */
class StrategyDiscussionHeldUpcasterTest {

    private static final String REVISION_1 = """
            {"caseId": "case-1", "agencies": ["POLICE", "HEALTH"], "doctorPresent": true,
             "decision": "section 47 enquiry", "occurredAt": "2026-03-01T10:00:00Z"}""";

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())).build();
    private final EventUpcasterChain chain = new EventUpcasterChain(CaseUpcasters.all());

    @Test
    void revisionOneIsReadAsNotHavingDecidedAnEnquiryAndKeepsItsText() {
        List<IntermediateEventRepresentation> upcast = upcast("1", REVISION_1);

        assertThat(upcast).singleElement()
                .satisfies(representation -> assertThat(representation.getType().getRevision()).isEqualTo("2"));
        StrategyDiscussionHeld event = serializer.deserialize(upcast.get(0).getData());
        assertThat(event).isEqualTo(new StrategyDiscussionHeld("case-1", Set.of(Agency.POLICE, Agency.HEALTH), true,
                "section 47 enquiry", false, Instant.parse("2026-03-01T10:00:00Z")));
    }

    @Test
    void revisionTwoIsLeftAsStored() {
        StrategyDiscussionHeld event = serializer.deserialize(upcast("2", """
                {"caseId": "case-1", "agencies": ["POLICE"], "doctorPresent": false, "decision": "enquiry",
                 "section47Enquiry": true, "occurredAt": "2026-03-01T10:00:00Z"}""").get(0).getData());

        assertThat(event.section47Enquiry()).isTrue();
    }

    private List<IntermediateEventRepresentation> upcast(String revision, String json) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("CaseFile", "case-1", 1, "event-1",
                "2026-03-01T10:00:05Z", StrategyDiscussionHeld.class.getName(), revision,
                json.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        return chain.upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).toList();
    }
}
