package io.harmsway.audit.verify;

import io.harmsway.audit.api.BadEvent;
import io.harmsway.audit.api.ChangeKind;

/**
 * One place where the store and its seals disagree, as first seen in the walk: the row as it is
 * now (its recomputed leaf; null when it is gone) and the seal of that global index (null when
 * there is none). Its kind is settled once every difference is known: only then can a content be
 * recognised as sealed elsewhere.
 */
record Difference(long globalIndex, Long leafIndex, String eventIdentifier, String recordedAt, String recomputedLeaf,
                  String sealedLeaf) {

    ChangeKind seenAs() {
        if (recomputedLeaf == null) {
            return ChangeKind.REMOVED;
        }
        return sealedLeaf == null ? ChangeKind.INSERTED : ChangeKind.ALTERED;
    }

    BadEvent as(ChangeKind kind, String detail) {
        return new BadEvent(leafIndex, globalIndex, eventIdentifier, recordedAt, kind, detail);
    }
}
