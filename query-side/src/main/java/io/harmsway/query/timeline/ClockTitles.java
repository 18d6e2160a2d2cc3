package io.harmsway.query.timeline;

import io.harmsway.sla.api.SlaClockAcknowledged;
import io.harmsway.sla.api.SlaClockBreached;
import io.harmsway.sla.api.SlaClockCancelled;
import io.harmsway.sla.api.SlaClockDueDateChanged;
import io.harmsway.sla.api.SlaClockEscalated;
import io.harmsway.sla.api.SlaClockFaulted;
import io.harmsway.sla.api.SlaClockMet;
import io.harmsway.sla.api.SlaClockMetTimeCorrected;
import io.harmsway.sla.api.SlaClockPaused;
import io.harmsway.sla.api.SlaClockResumed;
import io.harmsway.sla.api.SlaClockStarted;
import io.harmsway.sla.api.SlaClockWarned;

import static io.harmsway.query.timeline.TimelineRenderer.human;

/** Titles of the SLA clock events: what happened to which clock, and why or for how long. */
final class ClockTitles {

    private ClockTitles() {
    }

    static void addTo(TimelineRenderer renderer) {
        renderer.title(SlaClockStarted.class, e -> "Clock started: " + e.ruleTitle() + " (" + e.subjectId() + "), due "
                + e.dueAt());
        renderer.title(SlaClockPaused.class, e -> "Clock paused: " + e.ruleId() + " (" + e.subjectId() + "), because "
                + e.reason() + " (" + e.pausedBy() + ")");
        renderer.title(SlaClockResumed.class, e -> "Clock resumed after " + human(e.pausedFor()) + " paused: "
                + e.ruleId() + " (" + e.subjectId() + "), now due " + e.dueAt() + " (was " + e.previousDueAt() + ")");
        renderer.title(SlaClockDueDateChanged.class, e -> "Due date changed: " + e.ruleId() + " (" + e.subjectId()
                + ") from " + e.previousDueAt() + " to " + e.dueAt() + ", " + e.reason());
        renderer.title(SlaClockWarned.class, e -> "Warning to the " + e.notifyRole() + ": " + Math.round(e.fraction() * 100)
                + "% of the time gone: " + e.ruleTitle() + " (" + e.subjectId() + "), due " + e.dueAt());
        renderer.title(SlaClockBreached.class, e -> e.partners()
                ? "Partner's deadline passed (" + e.agency().toLowerCase().replace('_', ' ') + "): " + e.ruleTitle()
                        + " (" + e.subjectId() + "), " + e.notifyRole() + " to chase"
                : "DEADLINE MISSED: " + e.ruleTitle() + " (" + e.subjectId() + "), " + e.notifyRole() + " told");
        renderer.title(SlaClockEscalated.class, e -> "ESCALATED to the " + e.notifyRole() + " (step " + e.level()
                + "), not acknowledged: " + e.ruleTitle() + " (" + e.subjectId() + ")");
        renderer.title(SlaClockAcknowledged.class, e -> "Breach acknowledged by " + e.acknowledgedBy() + ": " + e.ruleId()
                + " (" + e.subjectId() + "), plan: " + e.note());
        renderer.title(SlaClockMet.class, e -> e.onTime()
                ? "Deadline met on time: " + e.ruleId() + " (" + e.subjectId() + ")"
                : "Deadline met late by " + human(e.lateBy()) + ": " + e.ruleId() + " (" + e.subjectId() + ")");
        renderer.title(SlaClockMetTimeCorrected.class, e -> "Met time corrected to " + e.metAt() + ": " + e.ruleId()
                + " (" + e.subjectId() + ") now " + (e.lateBy().isZero() ? "on time" : "late by " + human(e.lateBy())));
        renderer.title(SlaClockCancelled.class, e -> "Clock cancelled: " + e.ruleId() + " (" + e.subjectId() + "), "
                + e.reason());
        renderer.title(SlaClockFaulted.class, e -> "Clock set aside, needs an operator: " + e.ruleId() + " ("
                + e.subjectId() + "): " + e.problem());
    }
}
