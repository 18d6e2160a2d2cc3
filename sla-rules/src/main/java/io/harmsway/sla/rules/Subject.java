package io.harmsway.sla.rules;

/** What a clock watches: the whole case, or one child or suspect named by the starting event. */
public enum Subject {
    CASE(null), CHILD("childId"), SUSPECT("suspectId");

    public static final String WHOLE_CASE = "case";

    private final String idField;

    Subject(String idField) {
        this.idField = idField;
    }

    /** The event field that names this kind of subject; null for the case. */
    public String idField() {
        return idField;
    }

    /** Whether the event names one subject of this kind (so it acts on that subject's clock only). */
    public boolean namedBy(EventFacts event) {
        return idField != null && event.get(idField) != null;
    }

    /** The subject's id as the event names it; {@value #WHOLE_CASE} for the case itself. */
    public String idIn(EventFacts event) {
        if (idField == null) {
            return WHOLE_CASE;
        }
        Object id = event.get(idField);
        if (id == null) {
            throw new IllegalArgumentException(event.type() + " names no " + idField);
        }
        return id.toString();
    }
}
