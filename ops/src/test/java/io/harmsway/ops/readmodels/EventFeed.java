package io.harmsway.ops.readmodels;

import io.harmsway.cases.api.CaseEvent;
import io.harmsway.cases.api.CaseMetadata;
import io.harmsway.sla.api.ClockEvent;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Events as the event store hands them to a processor, fed to read models: a case event is the
 * case aggregate's (its sequence in the case, the recording officer as actor), a clock event is
 * the SLA module's ({@code system:sla}, no aggregate); each has the time it was recorded as its
 * timestamp and the next global position as its token.
 */
final class EventFeed {

    private static final String SLA = "system:sla";

    private final List<ReadModel> readModels;
    private final Map<String, Long> caseSequences = new HashMap<>();
    private long position = -1;

    EventFeed(ReadModel... readModels) {
        this.readModels = List.of(readModels);
    }

    /** An officer recorded the case event at {@code recordedAt}; answers the event's id. */
    String recorded(String officer, Instant recordedAt, CaseEvent event) throws Exception {
        long sequence = caseSequences.merge(event.caseId(), 0L, (last, ignored) -> last + 1);
        String id = UUID.randomUUID().toString();
        return feed(new GenericTrackedDomainEventMessage<>(nextToken(), new GenericDomainEventMessage<>(
                "CaseFile", event.caseId(), sequence, event, actor(officer), id, recordedAt)));
    }

    /** The SLA module appended the clock event at {@code recordedAt}; answers the event's id. */
    String appendedBySla(Instant recordedAt, ClockEvent event) throws Exception {
        String id = UUID.randomUUID().toString();
        return feed(new GenericTrackedEventMessage<>(nextToken(), new GenericEventMessage<>(id, event, actor(SLA),
                recordedAt)));
    }

    private String feed(TrackedEventMessage<?> message) throws Exception {
        for (ReadModel readModel : readModels) {
            readModel.handle(message);
        }
        return message.getIdentifier();
    }

    private GlobalSequenceTrackingToken nextToken() {
        return new GlobalSequenceTrackingToken(++position);
    }

    /** The correlation data every stored event carries besides the actor. */
    private static Map<String, Object> actor(String actor) {
        String origin = UUID.randomUUID().toString();
        return Map.of(CaseMetadata.ACTOR, actor, "correlationId", origin, "traceId", origin);
    }
}
