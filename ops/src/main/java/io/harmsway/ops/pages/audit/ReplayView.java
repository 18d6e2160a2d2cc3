package io.harmsway.ops.pages.audit;

import io.harmsway.ops.pages.LondonTime;
import io.harmsway.query.api.AlertAsKnown;
import io.harmsway.query.api.CaseAsKnown;
import io.harmsway.query.api.CaseReadEntry;
import io.harmsway.query.api.ClockAsKnown;
import io.harmsway.query.api.TimelineEntry;

import java.util.List;

/**
 * A case as known at a moment, and who has read it, as the replay page shows them: London times,
 * words for states, newest reads first. Built from the replay's and the access log's own answers.
 */
record ReplayView(String caseId, String at, int eventsKnown, String lastRecordedAt, List<Entry> timeline,
                  List<Clock> clocks, List<Alert> openAlerts, List<Read> reads) {

    record Entry(String title, String occurredAt, String occurredIso, String recordedAt, String recordedBy,
                 String recordedLate, boolean corrected) {
    }

    record Clock(String rule, String subject, String startedAt, String dueAt, String state, String verdict,
                 boolean overdue) {
    }

    record Alert(String rule, String stage, String dueAt, String acknowledgement) {
    }

    record Read(String reader, String role, String at, String what, String from, String reason, boolean brokeGlass) {
    }

    static ReplayView of(CaseAsKnown known, List<CaseReadEntry> reads, LondonTime time) {
        return new ReplayView(known.caseId(), time.show(known.at()), known.eventsKnown(),
                time.show(known.lastRecordedAt()),
                known.timeline().stream().map(entry -> entry(entry, time)).toList(),
                known.clocks().stream().map(clock -> clock(clock, time)).toList(),
                known.openAlerts().stream().map(alert -> alert(alert, time)).toList(),
                reads.stream().map(read -> read(read, time)).toList());
    }

    private static Entry entry(TimelineEntry entry, LondonTime time) {
        return new Entry(entry.title(), time.show(entry.occurredAt()), time.iso(entry.occurredAt()),
                time.show(entry.recordedAt()), entry.recordedBy(), entry.recordedLate(), entry.corrected());
    }

    private static Clock clock(ClockAsKnown clock, LondonTime time) {
        String state = switch (clock.state()) {
            case "MET" -> "Met";
            case "CANCELLED" -> "Cancelled";
            default -> clock.paused() ? "Paused" : clock.overdue() ? "Overdue" : "Running";
        };
        return new Clock(clock.ruleTitle(), clock.subjectId(), time.show(clock.startedAt()), time.show(clock.dueAt()),
                state, clock.verdict(), clock.overdue());
    }

    private static Alert alert(AlertAsKnown alert, LondonTime time) {
        String stage = alert.stage().charAt(0) + alert.stage().substring(1).toLowerCase();
        String acknowledgement = alert.acknowledgedBy() == null ? "Not acknowledged"
                : "Acknowledged by " + alert.acknowledgedBy() + ", " + time.show(alert.acknowledgedAt()) + ": "
                + alert.acknowledgement();
        return new Alert(alert.ruleTitle(), stage, time.show(alert.dueAt()), acknowledgement);
    }

    private static Read read(CaseReadEntry read, LondonTime time) {
        return new Read(read.reader(), read.readerRole().toLowerCase()
                + (read.readerTeam() == null ? "" : ", team " + read.readerTeam()), time.show(read.at()), read.what(),
                read.address(), read.reason(), read.brokeGlass());
    }
}
