package io.harmsway.sla.rules;

import io.harmsway.cases.api.RiskGrade;

import java.util.HashMap;
import java.util.Map;

/**
 * What rules may ask of the case as a whole ({@code case.<field>} in a condition): the referral's
 * facts, the child's current risk grade, and what the case's later actions established: when the
 * last strategy discussion that decided a section 47 enquiry was held, and what the enquiry found.
 */
public record CaseFacts(Map<String, String> facts) {

    public static final String RISK_GRADE = "riskGrade";
    /** When the case's last strategy discussion that decided a section 47 enquiry was held (an instant). */
    public static final String SECTION_47_DISCUSSION_AT = "section47DiscussionAt";
    /** What the case's section 47 enquiry concluded, latest outcome first. */
    public static final String SECTION_47_OUTCOME = "section47Outcome";

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

    /** The facts with one more, or one changed. */
    public CaseFacts with(String name, String value) {
        Map<String, String> changed = new HashMap<>(facts);
        changed.put(name, value);
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
