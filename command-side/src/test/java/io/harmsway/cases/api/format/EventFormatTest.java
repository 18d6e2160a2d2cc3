package io.harmsway.cases.api.format;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EventFormatTest {

    @Test
    void instantsAndDurationsAreStoredAsIsoText() throws Exception {
        ObjectMapper json = EventFormat.objectMapper();

        String stored = json.writeValueAsString(Map.of("at", Instant.parse("2026-11-20T09:30:00Z"),
                "pausedFor", Duration.ofHours(36)));

        assertThat(json.readTree(stored).get("at").asText()).isEqualTo("2026-11-20T09:30:00Z");
        assertThat(json.readTree(stored).get("pausedFor").asText()).isEqualTo("PT36H");
    }

    @Test
    void eachCallerGetsAMapperOfItsOwn() {
        assertThat(EventFormat.objectMapper()).isNotSameAs(EventFormat.objectMapper());
    }
}
