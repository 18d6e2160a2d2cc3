package io.harmsway.ops.pages;

import io.harmsway.ops.pages.forms.Subject;
import io.harmsway.query.api.TimelineEntry;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The children, suspects and forensic submissions a case knows, by their references in the case,
 * read from its timeline's facts: what an action's form offers to choose from. The referred child
 * is always {@code child-1}.
 */
final class CaseSubjects {

    private CaseSubjects() {
    }

    static List<String> of(Subject subject, List<TimelineEntry> timeline) {
        if (subject.field() == null) {
            return List.of();
        }
        Set<String> known = new LinkedHashSet<>();
        if (subject == Subject.CHILD) {
            known.add("child-1");
        }
        for (TimelineEntry entry : timeline) {
            Object value = entry.facts().get(subject.field());
            if (value instanceof String id && !id.isBlank()) {
                known.add(id);
            }
        }
        return new ArrayList<>(known);
    }
}
