package io.harmsway.sla.rules;

import io.harmsway.cases.api.CaseEvent;

import java.lang.reflect.RecordComponent;

/** What a clock watches: the whole case, or one child or suspect named by the starting event. */
public enum Subject {
    CASE(null), CHILD("childId"), SUSPECT("suspectId");

    private final String idComponent;

    Subject(String idComponent) {
        this.idComponent = idComponent;
    }

    /** The subject's id as the event names it; {@code case} for the case itself. */
    public String idIn(CaseEvent event) {
        if (idComponent == null) {
            return "case";
        }
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            if (component.getName().equals(idComponent)) {
                try {
                    return (String) component.getAccessor().invoke(event);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + idComponent + " of " + event, e);
                }
            }
        }
        throw new IllegalArgumentException(event.getClass().getSimpleName() + " names no " + idComponent);
    }
}
