package io.harmsway.query.timeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.harmsway.cases.api.CaseEvent;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns an event into a line a person can read: a title with the key facts, and the event's
 * facts. Case actions get their titles from {@link CaseTitles}; a new event type gets its title
 * there, and until it has one its name is shown spelt out.
 */
public class TimelineRenderer {

    private final Map<Class<?>, Function<CaseEvent, String>> titles = new HashMap<>();
    private final ObjectMapper json;

    public TimelineRenderer(ObjectMapper json) {
        this.json = json;
        CaseTitles.register(this);
        ClockTitles.addTo(this);
    }

    <E extends CaseEvent> void title(Class<E> type, Function<E, String> title) {
        titles.put(type, event -> title.apply(type.cast(event)));
    }

    boolean hasTitleFor(Class<?> type) {
        return titles.containsKey(type);
    }

    String title(CaseEvent event) {
        Function<CaseEvent, String> title = titles.get(event.getClass());
        return title == null ? words(event.getClass().getSimpleName()) : title.apply(event);
    }

    /** The event's own fields, less the two every entry shows anyway. */
    @SuppressWarnings("unchecked")
    Map<String, Object> facts(CaseEvent event) {
        Map<String, Object> facts = new LinkedHashMap<>(json.convertValue(event, Map.class));
        facts.remove("caseId");
        facts.remove("occurredAt");
        return facts;
    }

    /** A duration as a person says it: "3d 4h", "2h 10m". */
    public static String human(Duration duration) {
        long days = duration.toDays();
        long hours = duration.toHoursPart();
        return days > 0 ? days + "d " + hours + "h" : hours + "h " + duration.toMinutesPart() + "m";
    }

    static String words(String name) {
        String spaced = name.replace('_', ' ').replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
