package io.harmsway.ops.pages.audit;

import io.harmsway.audit.api.BadEvent;
import io.harmsway.audit.api.VerificationReport;
import io.harmsway.ops.pages.LondonTime;

/** What a verification of the record found, in words: intact, or the first bad event and since when it cannot be trusted. */
record IntegrityView(boolean intact, long eventsRead, long unsealedTail, String firstBadEvent, String since,
                     long differences, String lastGoodCheckpoint, String took) {

    static IntegrityView of(VerificationReport report, LondonTime time) {
        BadEvent bad = report.firstBadEvent();
        return new IntegrityView(report.intact(), report.eventsRead(), report.unsealedTail(),
                bad == null ? null : "event " + bad.globalIndex() + " (" + bad.kind().name().toLowerCase().replace('_', ' ')
                        + "): " + bad.detail(),
                time.show(report.untrustworthySince()), report.differences(),
                report.lastGoodCheckpoint() == null ? null : "checkpoint " + report.lastGoodCheckpoint().id()
                        + " of " + time.show(report.lastGoodCheckpoint().time()),
                report.millis() + " ms");
    }
}
