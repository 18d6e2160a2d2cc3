package io.harmsway.sla.rules;

import io.harmsway.cases.api.CaseEvent;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/** A case event as rules see it: its type's simple name and its fields by name. */
public record EventFacts(String type, String caseId, Map<String, Object> fields) {

    public static EventFacts of(CaseEvent event) {
        Map<String, Object> fields = new LinkedHashMap<>();
        RecordComponent[] components = event.getClass().getRecordComponents();
        if (components != null) {
            for (RecordComponent component : components) {
                try {
                    fields.put(component.getName(), component.getAccessor().invoke(event));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + component.getName() + " of " + event, e);
                }
            }
        }
        return new EventFacts(event.getClass().getSimpleName(), event.caseId(), fields);
    }

    public Object get(String field) {
        return fields.get(field);
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }
}
