package io.harmsway.sla.rules;

import io.harmsway.cases.api.ReferralReceived;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The fields a trigger's {@code when} may name: the event's own, or the case's as {@code case.<field>}. */
final class TriggerFields {

    private TriggerFields() {
    }

    static Set<String> fieldsOf(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        return components == null ? Set.of()
                : Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
    }

    /** The facts a condition may read as {@code case.<field>}: the referral's, the current risk grade, and the section 47 facts. */
    static Set<String> caseFacts() {
        Set<String> facts = new HashSet<>(fieldsOf(ReferralReceived.class));
        facts.add(CaseFacts.RISK_GRADE);
        facts.add(CaseFacts.SECTION_47_DISCUSSION_AT);
        facts.add(CaseFacts.SECTION_47_OUTCOME);
        return facts;
    }

    /** The case facts that are moments, which a starting trigger may count its clock {@code from}. */
    static Set<String> momentFacts() {
        return Set.of(CaseFacts.SECTION_47_DISCUSSION_AT);
    }
}
