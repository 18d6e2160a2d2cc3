package io.harmsway.sla.rules;

import io.harmsway.cases.api.CaseEvent;
import io.harmsway.cases.api.ReferralReceived;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The case events rules may name: records in the case's api package, by simple class name. */
final class CaseEventTypes {

    private static final String PACKAGE = ReferralReceived.class.getPackageName();

    private CaseEventTypes() {
    }

    static Optional<Class<?>> named(String simpleName) {
        if (simpleName == null || !simpleName.matches("[A-Z][A-Za-z0-9]*")) {
            return Optional.empty();
        }
        try {
            Class<?> type = Class.forName(PACKAGE + "." + simpleName);
            return type.isRecord() && CaseEvent.class.isAssignableFrom(type) ? Optional.of(type) : Optional.empty();
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    static Set<String> fieldsOf(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        return components == null ? Set.of()
                : Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
    }

    /** The facts a condition may read as {@code case.<field>}: the referral's, and the current risk grade. */
    static Set<String> caseFacts() {
        Set<String> facts = new java.util.HashSet<>(fieldsOf(ReferralReceived.class));
        facts.add(CaseFacts.RISK_GRADE);
        return facts;
    }
}
