package io.harmsway.sla.rules;

import java.time.Instant;
import java.util.Map;

/**
 * A case event that acts on a rule's clocks, when its conditions hold. Conditions name a field of
 * the event, or {@code case.<field>} for a fact of the case. {@code reason} explains a pause or a
 * cancellation; {@code extendBy} is how many deadline units an extension adds. A starting trigger
 * may say {@code from: case.<fact>}: the clock then counts from the moment that case fact holds
 * (e.g. the strategy discussion the conference is due after), not from the event itself; a case
 * without that fact counts from the event.
 */
public record Trigger(String event, Map<String, Condition> when, String reason, long extendBy, String from) {

    public static final String CASE_PREFIX = "case.";

    public Trigger {
        when = Map.copyOf(when);
    }

    public Trigger(String event, Map<String, Condition> when, String reason, long extendBy) {
        this(event, when, reason, extendBy, null);
    }

    /** The moment a clock this trigger starts counts from: the case fact {@code from} names, else the event's. */
    public Instant countsFrom(Instant eventAt, CaseFacts caseFacts) {
        String fact = from == null ? null : caseFacts.get(from.substring(CASE_PREFIX.length()));
        return fact == null ? eventAt : Instant.parse(fact);
    }

    public boolean matches(EventFacts event, CaseFacts caseFacts) {
        if (!this.event.equals(event.type())) {
            return false;
        }
        for (Map.Entry<String, Condition> test : when.entrySet()) {
            String field = test.getKey();
            Object actual = field.startsWith(CASE_PREFIX)
                    ? caseFacts.get(field.substring(CASE_PREFIX.length()))
                    : event.get(field);
            if (!test.getValue().test(actual)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        String text = when.isEmpty() ? event : event + " when " + when;
        return from == null ? text : text + ", counted from " + from;
    }
}
