package io.harmsway.ops.metrics;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;

import java.util.Map;
import java.util.TreeMap;

/** This node's streaming processors by processing group: every read model, the clocks, and whatever else follows the store. */
final class StreamingProcessors {

    private StreamingProcessors() {
    }

    static Map<String, StreamingEventProcessor> of(EventProcessingConfiguration processing) {
        Map<String, StreamingEventProcessor> streaming = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor found) {
                streaming.put(name, found);
            }
        });
        return streaming;
    }
}
