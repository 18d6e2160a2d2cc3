package io.harmsway.cases.api.format;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON settings of stored events (case and clock events alike): instants and durations as
 * ISO-8601 text, as an auditor reads them with SQL. The event store, the read models' facts and
 * the SLA command line all write and read events with a mapper from here, so no other JSON
 * setting (the web's) changes the stored format.
 */
public final class EventFormat {

    private EventFormat() {
    }

    /** A new mapper with the stored format's settings (a new one each time: a mapper is mutable). */
    public static ObjectMapper objectMapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
    }
}
