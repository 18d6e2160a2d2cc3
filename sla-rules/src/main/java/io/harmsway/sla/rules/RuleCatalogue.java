package io.harmsway.sla.rules;

import java.util.List;
import java.util.Optional;

/** The rules in force, listed in one place. */
public record RuleCatalogue(List<SlaRule> rules) {

    public Optional<SlaRule> find(String ruleId) {
        return rules.stream().filter(rule -> rule.id().equals(ruleId)).findFirst();
    }
}
