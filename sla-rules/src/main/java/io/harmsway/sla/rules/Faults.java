package io.harmsway.sla.rules;

import io.harmsway.sla.api.RuleRejected;

import java.util.ArrayList;
import java.util.List;

/** The faults found while reading one rule file, so that all of them are reported at once. */
final class Faults {

    private final List<RuleRejected.Fault> found = new ArrayList<>();

    void add(String field, String problem) {
        found.add(new RuleRejected.Fault(field, problem));
    }

    boolean any() {
        return !found.isEmpty();
    }

    List<RuleRejected.Fault> list() {
        return List.copyOf(found);
    }
}
