package io.harmsway.cases.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.harmsway.cases.api.SuspectIdentified;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * {@code SuspectIdentified} before revision 1 (stored unversioned, or as revision 0) did not say
 * whether the suspect has access to children. Such a suspect is read as having access: the
 * safeguarding rule then asks the question of the officer instead of staying silent, which is
 * the safe reading for the children concerned (welfare first).
 */
public class SuspectIdentifiedUpcaster extends SingleEventUpcaster {

    private static final String TYPE = SuspectIdentified.class.getName();
    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(TYPE, "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        String revision = representation.getType().getRevision();
        return TYPE.equals(representation.getType().getName()) && (revision == null || "0".equals(revision));
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_1, JsonNode.class, payload -> {
            ObjectNode event = (ObjectNode) payload;
            if (!event.has("hasAccessToChildren")) {
                event.put("hasAccessToChildren", true);
            }
            return event;
        });
    }
}
