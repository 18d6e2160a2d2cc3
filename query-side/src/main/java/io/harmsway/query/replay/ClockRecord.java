package io.harmsway.query.replay;

import io.harmsway.query.api.AlertAsKnown;
import io.harmsway.query.api.ClockAsKnown;
import io.harmsway.query.api.TimelineEntry;
import io.harmsway.query.timeline.TimelineRenderer;
import io.harmsway.sla.api.ClockEvent;
import io.harmsway.sla.api.SlaClockAcknowledged;
import io.harmsway.sla.api.SlaClockBreached;
import io.harmsway.sla.api.SlaClockCancelled;
import io.harmsway.sla.api.SlaClockEscalated;
import io.harmsway.sla.api.SlaClockFaulted;
import io.harmsway.sla.api.SlaClockMet;
import io.harmsway.sla.api.SlaClockMetTimeCorrected;
import io.harmsway.sla.api.SlaClockPaused;
import io.harmsway.sla.api.SlaClockResumed;
import io.harmsway.sla.api.SlaClockStarted;
import io.harmsway.sla.api.SlaClockWarned;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One clock as its recorded events leave it, event by event in the order they were stored. Nothing
 * is judged again here: each clock event already says what the live keeper and sweep decided and
 * when, so the replay shows what the force was told, not what today's rules would say.
 */
final class ClockRecord {

    private final String clockId;
    private String ruleId;
    private String ruleTitle;
    private String subjectId;
    private String riskGrade;
    private Instant startedAt;
    private Instant dueAt;
    private String state = "OPEN";
    private Instant pausedSince;
    private String pauseReason;
    private int warnings;
    private String stage;
    private Instant raisedAt;
    private String notifyRole;
    private Instant breachedAt;
    private Instant breachRecordedAt;
    private int escalationLevel;
    private String acknowledgedBy;
    private Instant acknowledgedAt;
    private String acknowledgement;
    private Instant metAt;
    private Duration lateBy;
    private Instant endedAt;
    private Instant endRecordedAt;
    private String endedBy;
    private String fault;
    private final List<TimelineEntry> history = new ArrayList<>();

    ClockRecord(String clockId) {
        this.clockId = clockId;
    }

    void apply(ClockEvent event, Instant recordedAt, TimelineEntry line) {
        history.add(line);
        ruleId = event.ruleId();
        subjectId = event.subjectId();
        if (event.dueAt() != null && "OPEN".equals(state)) {
            dueAt = event.dueAt();
        }
        if (event instanceof SlaClockStarted started) {
            ruleTitle = started.ruleTitle();
            riskGrade = started.riskGrade() == null ? null : started.riskGrade().name();
            startedAt = started.occurredAt();
        } else if (event instanceof SlaClockWarned warned) {
            ruleTitle = warned.ruleTitle();
            warnings++;
            raise("WARNING", warned.notifyRole(), recordedAt);
        } else if (event instanceof SlaClockBreached breached) {
            ruleTitle = breached.ruleTitle();
            breachedAt = breached.occurredAt();
            breachRecordedAt = recordedAt;
            raise("BREACHED", breached.notifyRole(), recordedAt);
        } else if (event instanceof SlaClockEscalated escalated) {
            escalationLevel = escalated.level();
            raise("ESCALATED", escalated.notifyRole(), recordedAt);
        } else if (event instanceof SlaClockAcknowledged acknowledged) {
            acknowledgedBy = acknowledged.acknowledgedBy();
            acknowledgedAt = acknowledged.occurredAt();
            acknowledgement = acknowledged.note();
        } else if (event instanceof SlaClockPaused paused) {
            pausedSince = paused.occurredAt();
            pauseReason = paused.reason();
        } else if (event instanceof SlaClockResumed) {
            pausedSince = null;
            pauseReason = null;
        } else if (event instanceof SlaClockMet met) {
            metAt = met.occurredAt();
            lateBy = met.lateBy();
            end("MET", met.occurredAt(), recordedAt, line.eventId());
        } else if (event instanceof SlaClockMetTimeCorrected corrected) {
            metAt = corrected.metAt();
            lateBy = corrected.lateBy();
            endedAt = corrected.metAt();
        } else if (event instanceof SlaClockCancelled cancelled) {
            end("CANCELLED", cancelled.occurredAt(), recordedAt, line.eventId());
        } else if (event instanceof SlaClockFaulted faulted) {
            fault = faulted.problem();
        }
    }

    /** A stage never goes back: a warning after the breach (delivered late) leaves the breach. */
    private void raise(String newStage, String role, Instant recordedAt) {
        if (stage == null || rank(newStage) >= rank(stage)) {
            stage = newStage;
            notifyRole = role;
        }
        raisedAt = recordedAt;
    }

    private static int rank(String stage) {
        return switch (stage) {
            case "WARNING" -> 0;
            case "BREACHED" -> 1;
            default -> 2;
        };
    }

    private void end(String how, Instant at, Instant recordedAt, String byEventId) {
        state = how;
        endedAt = at;
        endRecordedAt = recordedAt;
        endedBy = byEventId;
        pausedSince = null;
        pauseReason = null;
    }

    boolean open() {
        return "OPEN".equals(state);
    }

    /** The moment the clock's awaited action (or its cancellation) happened, as finally known; null while open. */
    Instant endedAt() {
        return endedAt;
    }

    String endedBy() {
        return endedBy;
    }

    Instant endRecordedAt() {
        return endRecordedAt;
    }

    /** The met event's time and lateness as later corrected, when a correction moved them; empty otherwise. */
    Map<String, Object> metTimeCorrection(SlaClockMet met) {
        if (metAt == null || metAt.equals(met.occurredAt())) {
            return Map.of();
        }
        return Map.of("occurredAt", metAt.toString(), "lateBy", lateBy.toString());
    }

    String metWords() {
        return lateBy.isZero() ? "met on time" : "met late by " + TimelineRenderer.human(lateBy);
    }

    ClockAsKnown asKnownAt(Instant at) {
        boolean overdue = open() && pausedSince == null && dueAt != null && !dueAt.isAfter(at);
        return new ClockAsKnown(clockId, ruleId, ruleTitle, subjectId, riskGrade, startedAt, dueAt, state, overdue,
                pausedSince != null, pausedSince, pauseReason, warnings, breachedAt, breachRecordedAt, escalationLevel,
                metAt, lateBy, endedAt, endRecordedAt, fault, verdict(at), List.copyOf(history));
    }

    /** The alert standing on this clock at the moment, if one does: raised, and the clock still running. */
    AlertAsKnown openAlert() {
        if (!open() || stage == null) {
            return null;
        }
        return new AlertAsKnown(clockId, ruleId, ruleTitle, subjectId, stage, dueAt, raisedAt, notifyRole,
                escalationLevel, pausedSince != null, acknowledgedBy, acknowledgedAt, acknowledgement);
    }

    private String verdict(Instant at) {
        String breach = breachedAt == null ? "" : "; breached at " + breachedAt + " (raised " + breachRecordedAt + ")";
        return switch (state) {
            case "MET" -> lateBy.isZero()
                    ? "met on time at " + metAt + (breachedAt == null ? ""
                    : ", recorded " + endRecordedAt + ": the breach raised at " + breachRecordedAt
                    + " stands in the history, but the action had happened before the deadline")
                    : "met late by " + TimelineRenderer.human(lateBy) + " at " + metAt + breach;
            case "CANCELLED" -> "cancelled at " + endedAt + breach;
            default -> (pausedSince != null ? "paused since " + pausedSince + " (" + pauseReason + ")"
                    : breachedAt != null ? "breached since " + breachedAt
                    : dueAt == null ? "running, no due date (" + fault + ")"
                    : !dueAt.isAfter(at) ? "overdue since " + dueAt + ", breach not yet raised"
                    : "running, due " + dueAt)
                    + (acknowledgedAt == null ? "" : "; acknowledged by " + acknowledgedBy + " at " + acknowledgedAt);
        };
    }
}
