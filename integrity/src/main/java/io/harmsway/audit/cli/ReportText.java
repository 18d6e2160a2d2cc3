package io.harmsway.audit.cli;

import io.harmsway.audit.api.BadEvent;
import io.harmsway.audit.api.CheckpointCheck;
import io.harmsway.audit.api.VerificationReport;

/** A verification report in words, for the terminal. */
final class ReportText {

    private ReportText() {
    }

    static String of(VerificationReport report) {
        StringBuilder text = new StringBuilder();
        double seconds = Math.max(report.millis(), 1) / 1000.0;
        text.append("Read %,d events and %,d seals in %.1f s (%,.0f events/s); %,d events not sealed yet.%n"
                .formatted(report.eventsRead(), report.sealsRead(), seconds, report.eventsRead() / seconds,
                        report.unsealedTail()));
        CheckpointCheck supplied = report.suppliedCheckpoint();
        if (supplied != null) {
            text.append("Checkpoint %d (size %,d, signed %s by key %s): %s.%n".formatted(supplied.checkpoint().id(),
                    supplied.checkpoint().treeSize(), supplied.checkpoint().time(), supplied.checkpoint().keyId(),
                    supplied.matches() ? "signature valid, the store matches it" : supplied.problem()));
        }
        if (report.sealTableProblem() != null) {
            text.append("Seal table: ").append(report.sealTableProblem()).append('\n');
        }
        if (report.intact()) {
            return text.append("INTACT\n").toString();
        }
        BadEvent bad = report.firstBadEvent();
        if (bad != null) {
            text.append("TAMPERED: first bad event at global index %d%s, event %s, recorded %s: %s (%s)%n".formatted(
                    bad.globalIndex(), bad.leafIndex() == null ? "" : " (leaf " + bad.leafIndex() + ")",
                    bad.eventIdentifier(), bad.recordedAt(), bad.kind(), bad.detail()));
            text.append("%,d difference(s) in all.%n".formatted(report.differences()));
        } else {
            text.append("NOT VERIFIED\n");
        }
        if (report.lastGoodCheckpoint() != null) {
            text.append("Untrustworthy since %s: the last signed head the store still matches (head %d, size %,d).%n"
                    .formatted(report.lastGoodCheckpoint().time(), report.lastGoodCheckpoint().id(),
                            report.lastGoodCheckpoint().treeSize()));
        } else {
            text.append("No signed head matches the store: untrustworthy from its first event.\n");
        }
        return text.toString();
    }
}
