package io.harmsway.sla.clock;

import io.harmsway.cases.api.CaseEvent;
import io.harmsway.sla.api.ClockEvent;
import io.harmsway.sla.rules.RuleCatalogue;

import java.util.HashSet;
import java.util.Set;

/**
 * The case event types the interpreter can act on under a catalogue, known once when it is read:
 * those a trigger of some rule names, those that change a case fact, and corrections. Any other
 * event (a note, or a clock event: the interpretation's own output) meets no trigger, so it neither
 * starts nor acts on a clock, and changes no fact: reading anything for it would be for nothing.
 * Told from the type alone, so an event need not even be read to be passed over.
 */
public final class EventsThatMatter {

    /** By simple name, as rules name events. */
    private final Set<String> types;

    public EventsThatMatter(RuleCatalogue rules) {
        Set<String> named = new HashSet<>(rules.eventTypesNamed());
        named.addAll(CaseEventNames.ALL);
        this.types = Set.copyOf(named);
    }

    /** The simple names of the case event types that may change clocks. */
    public Set<String> simpleNames() {
        return types;
    }

    public boolean mayChangeClocks(Class<?> eventType) {
        return CaseEvent.class.isAssignableFrom(eventType) && !ClockEvent.class.isAssignableFrom(eventType)
                && types.contains(eventType.getSimpleName());
    }
}
