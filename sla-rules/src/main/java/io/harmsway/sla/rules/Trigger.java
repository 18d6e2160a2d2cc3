package io.harmsway.sla.rules;

import java.util.Map;

/**
 * A case event that acts on a rule's clocks, when its conditions hold. Conditions name a field of
 * the event, or {@code case.<field>} for a fact of the case. {@code reason} explains a pause or a
 * cancellation; {@code extendBy} is how many deadline units an extension adds.
 */
public record Trigger(String event, Map<String, Condition> when, String reason, long extendBy) {

    public static final String CASE_PREFIX = "case.";

    public Trigger {
        when = Map.copyOf(when);
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
        return when.isEmpty() ? event : event + " when " + when;
    }
}
