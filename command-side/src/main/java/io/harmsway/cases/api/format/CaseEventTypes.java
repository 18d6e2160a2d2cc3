package io.harmsway.cases.api.format;

import io.harmsway.cases.api.CaseEvent;

import java.util.Optional;

/**
 * Case events by their simple names, the names the case record, corrections and rule files use
 * ({@code SuspectIdentified}): a record of the case's api package that is a {@link CaseEvent}.
 */
public final class CaseEventTypes {

    private static final String PACKAGE = CaseEvent.class.getPackageName();

    private CaseEventTypes() {
    }

    public static Optional<Class<? extends CaseEvent>> named(String simpleName) {
        if (simpleName == null || !simpleName.matches("[A-Z][A-Za-z0-9]*")) {
            return Optional.empty();
        }
        try {
            Class<?> type = Class.forName(PACKAGE + "." + simpleName);
            return type.isRecord() && CaseEvent.class.isAssignableFrom(type)
                    ? Optional.of(type.asSubclass(CaseEvent.class)) : Optional.empty();
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }
}
