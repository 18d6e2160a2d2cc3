package io.harmsway.audit.verify;

import io.harmsway.audit.api.BadEvent;
import io.harmsway.audit.api.ChangeKind;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names each difference's kind. A row whose content is a leaf sealed at another place, or a seal
 * whose leaf now stands at another place, was reordered (two rows swapped, or one moved); the rest
 * are what they look like: a changed row altered, a missing row removed, an unsealed row below
 * the sealed head inserted.
 */
final class Classifier {

    private Classifier() {
    }

    static List<BadEvent> classify(List<Difference> differences) {
        Map<String, Difference> sealedAt = new HashMap<>();
        Map<String, Difference> nowAt = new HashMap<>();
        for (Difference difference : differences) {
            if (difference.sealedLeaf() != null) {
                sealedAt.putIfAbsent(difference.sealedLeaf(), difference);
            }
            if (difference.recomputedLeaf() != null) {
                nowAt.putIfAbsent(difference.recomputedLeaf(), difference);
            }
        }
        return differences.stream().map(difference -> {
            Difference sealedElsewhere = difference.recomputedLeaf() == null ? null : sealedAt.get(difference.recomputedLeaf());
            if (sealedElsewhere != null && sealedElsewhere.globalIndex() != difference.globalIndex()) {
                return difference.as(ChangeKind.REORDERED, "this row is the event sealed as leaf " + sealedElsewhere.leafIndex()
                        + " at global index " + sealedElsewhere.globalIndex());
            }
            Difference movedTo = difference.sealedLeaf() == null ? null : nowAt.get(difference.sealedLeaf());
            if (movedTo != null && movedTo.globalIndex() != difference.globalIndex()) {
                return difference.as(ChangeKind.REORDERED, "the event sealed here now stands at global index "
                        + movedTo.globalIndex());
            }
            return difference.as(difference.seenAs(), switch (difference.seenAs()) {
                case ALTERED -> "the row's columns are not what was sealed as leaf " + difference.leafIndex();
                case REMOVED -> "leaf " + difference.leafIndex() + " sealed an event at this global index; no row has it now";
                case INSERTED -> "a row below the sealed head that was never sealed";
                case REORDERED -> throw new IllegalStateException("settled above");
            });
        }).toList();
    }
}
