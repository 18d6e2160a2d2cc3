package io.harmsway.cases.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.harmsway.cases.api.StrategyDiscussionHeld;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * {@code StrategyDiscussionHeld} before revision 2 kept what was decided as text only. Such a
 * discussion is read as not having decided a section 47 enquiry: the text cannot be trusted to say
 * so, and the only clock that asks (the initial child protection conference) also needs the
 * enquiry's recorded outcome, which no case of that time has. Nothing is lost: the text stays.
 */
public class StrategyDiscussionHeldUpcaster extends SingleEventUpcaster {

    private static final String TYPE = StrategyDiscussionHeld.class.getName();
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(TYPE, "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        String revision = representation.getType().getRevision();
        return TYPE.equals(representation.getType().getName())
                && (revision == null || "0".equals(revision) || "1".equals(revision));
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode event = (ObjectNode) payload;
            if (!event.has("section47Enquiry")) {
                event.put("section47Enquiry", false);
            }
            return event;
        });
    }
}
