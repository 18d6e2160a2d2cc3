package io.harmsway.ops.input.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import static io.harmsway.ops.input.fuzz.Expected.refused;
import static io.harmsway.ops.input.fuzz.Expected.valid;

/**
 * Times that are no times, that PostgreSQL cannot hold, that lie before 1900 or beyond the
 * horizon, and the same time written in the other ways ISO-8601 allows.
 */
final class TimeChanges {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> MALFORMED = List.of("2026-13-45T00:00:00Z", "2026-02-30T09:00:00Z",
            "2026-03-02T09:61:00Z", "2026-03-02", "2026-03-02T09:00:00", "2026-03-02 09:00:00Z",
            "20261121", "1772442000", "yesterday", "", " ", "2026-03-02T09:00:00Z[Europe/London]");
    private static final List<String> IMPLAUSIBLE = List.of("0000-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z",
            "+999999999-12-31T23:59:59Z", "-200000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "2100-01-01T00:00:00Z",
            "1899-12-31T23:59:59Z");

    private TimeChanges() {
    }

    static List<Change> of(Property property, JsonNode valid) {
        String field = property.name();
        Instant time = Instant.parse(valid.asText());
        List<Change> changes = new ArrayList<>();
        MALFORMED.forEach(text -> changes.add(new Change("not an ISO-8601 instant: '" + text + "'", JSON.textNode(text),
                refused(field))));
        IMPLAUSIBLE.forEach(text -> changes.add(new Change("implausible: " + text, JSON.textNode(text), refused(field))));
        changes.add(new Change("padded with spaces", JSON.textNode(" " + valid.asText() + " "), refused(field)));
        changes.add(new Change("the same time with an offset",
                JSON.textNode(time.atOffset(ZoneOffset.ofHours(1)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)), valid()));
        changes.add(new Change("with 't' and 'z' in lower case, as RFC 3339 allows", JSON.textNode(valid.asText().toLowerCase()),
                valid()));
        changes.add(new Change("to the nanosecond",
                JSON.textNode(time.minus(Duration.ofNanos(123_456_789)).toString()), valid()));
        // Plausible, so past the edge; the case judges it (before the referral, before the action).
        changes.add(new Change("the first plausible time", JSON.textNode("1900-01-01T00:00:00Z"), valid()));
        return changes;
    }
}
