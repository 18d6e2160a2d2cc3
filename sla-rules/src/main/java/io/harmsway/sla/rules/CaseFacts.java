package io.harmsway.sla.rules;

import io.harmsway.cases.api.RiskGrade;

import java.util.HashMap;
import java.util.Map;

/**
 * What rules may ask of the case as a whole ({@code case.<field>} in a condition): the referral's
 * facts and the child's current risk grade.
 */
public record CaseFacts(Map<String, String> facts) {

    public static final String RISK_GRADE = "riskGrade";

    public CaseFacts {
        facts = Map.copyOf(facts);
    }

    public static CaseFacts none() {
        return new CaseFacts(Map.of());
    }

    /** The facts of a referral, as the case's first facts. */
    public static CaseFacts fromReferral(EventFacts referral) {
        Map<String, String> facts = new HashMap<>();
        referral.fields().forEach((name, value) -> {
            if (value != null) {
                facts.put(name, value.toString());
            }
        });
        return new CaseFacts(facts);
    }

    public CaseFacts withRisk(RiskGrade grade) {
        Map<String, String> changed = new HashMap<>(facts);
        changed.put(RISK_GRADE, grade.name());
        return new CaseFacts(changed);
    }

    public String get(String name) {
        return facts.get(name);
    }

    public RiskGrade risk() {
        String grade = facts.get(RISK_GRADE);
        return grade == null ? RiskGrade.STANDARD : RiskGrade.valueOf(grade);
    }
}
