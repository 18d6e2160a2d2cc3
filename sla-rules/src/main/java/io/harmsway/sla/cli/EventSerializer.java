package io.harmsway.sla.cli;

import io.harmsway.cases.api.format.EventFormat;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/** Axon's Jackson serializer with the stored event format, as the application reads events. */
final class EventSerializer {

    private EventSerializer() {
    }

    static Serializer create() {
        return JacksonSerializer.builder().objectMapper(EventFormat.objectMapper()).build();
    }
}
