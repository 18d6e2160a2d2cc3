package io.harmsway.query.inspection;

import io.harmsway.sla.api.ClockEvent;
import io.harmsway.sla.api.SlaClockAcknowledged;
import io.harmsway.sla.api.SlaClockBreached;
import io.harmsway.sla.api.SlaClockCancelled;
import io.harmsway.sla.api.SlaClockDueDateChanged;
import io.harmsway.sla.api.SlaClockEscalated;
import io.harmsway.sla.api.SlaClockMet;
import io.harmsway.sla.api.SlaClockMetTimeCorrected;
import io.harmsway.sla.api.SlaClockPaused;
import io.harmsway.sla.api.SlaClockResumed;
import io.harmsway.sla.api.SlaClockStarted;
import io.harmsway.sla.api.SlaClockWarned;
import io.harmsway.sla.api.WorkingDays;
import io.harmsway.query.ProjectionWrites;

import java.time.Instant;
import java.util.List;

import static io.harmsway.jdbc.Sql.ts;

/**
 * Each clock's life in one row of {@code inspection_clock}: when it started, fell due, ended (met,
 * how late, or cancelled), its first warning, first breach, first acknowledgement (and whether
 * within a working day of the breach, counted as the rules count), its highest escalation, and its
 * pauses (each with its reason in {@code inspection_pause}). Every update is idempotent, so an
 * event delivered twice changes nothing.
 */
public class ClockLives {

    private final ProjectionWrites writes;
    private final WorkingDays workingDays;

    public ClockLives(ProjectionWrites writes, WorkingDays workingDays) {
        this.writes = writes;
        this.workingDays = workingDays;
    }

    void apply(ClockEvent event) {
        if (event instanceof SlaClockStarted started) {
            writes.update("""
                    insert into inspection_clock (clock_id, case_id, rule_id, subject_id, started_at, due_at)
                    values (?, ?, ?, ?, ?, ?) on conflict (clock_id) do nothing""",
                    started.clockId(), started.caseId(), started.ruleId(), started.subjectId(),
                    ts(started.occurredAt()), ts(started.dueAt()));
        } else if (event instanceof SlaClockDueDateChanged || event instanceof SlaClockResumed) {
            due(event);
        } else if (event instanceof SlaClockMet met) {
            writes.update("update inspection_clock set met = true, ended_at = ?, late_by_seconds = ? where clock_id = ?",
                    ts(met.occurredAt()), met.lateBy().toSeconds(), met.clockId());
        } else if (event instanceof SlaClockMetTimeCorrected corrected) {
            writes.update("update inspection_clock set ended_at = ?, late_by_seconds = ? where clock_id = ? and met",
                    ts(corrected.metAt()), corrected.lateBy().toSeconds(), corrected.clockId());
        } else if (event instanceof SlaClockCancelled cancelled) {
            writes.update("update inspection_clock set ended_at = coalesce(ended_at, ?) where clock_id = ?",
                    ts(cancelled.occurredAt()), cancelled.clockId());
        } else if (event instanceof SlaClockBreached breached) {
            writes.update("""
                    update inspection_clock set breached_at = coalesce(breached_at, ?),
                           agency = coalesce(?, agency, 'POLICE') where clock_id = ?""",
                    ts(breached.occurredAt()), breached.agency(), breached.clockId());
        } else if (event instanceof SlaClockWarned warned) {
            writes.update("update inspection_clock set warned_at = coalesce(warned_at, ?) where clock_id = ?",
                    ts(warned.occurredAt()), warned.clockId());
        } else if (event instanceof SlaClockAcknowledged acknowledged) {
            acknowledged(acknowledged);
        } else if (event instanceof SlaClockEscalated escalated) {
            writes.update("""
                    update inspection_clock set escalation_level = ?, escalated_to = ?
                    where clock_id = ? and escalation_level < ?""",
                    escalated.level(), escalated.notifyRole(), escalated.clockId(), escalated.level());
        } else if (event instanceof SlaClockPaused paused) {
            paused(paused);
        }
        if (event instanceof SlaClockResumed resumed) {
            resumed(resumed);
        }
    }

    private void due(ClockEvent event) {
        writes.update("update inspection_clock set due_at = ? where clock_id = ?", ts(event.dueAt()), event.clockId());
    }

    /**
     * The first acknowledgement counts; within a working day of the breach as the rules count working
     * days. The one read of the group's tables while handling: the working-day arithmetic (bank
     * holidays, London time) is Java's, not the database's, so the breach time is read first, after
     * the batch's waiting writes (the breach may be among them).
     */
    private void acknowledged(SlaClockAcknowledged acknowledged) {
        List<Instant> breachedAt = writes.query("""
                select breached_at from inspection_clock
                where clock_id = ? and acknowledged_at is null and breached_at is not null""",
                (rs, row) -> rs.getTimestamp(1).toInstant(), acknowledged.clockId());
        if (breachedAt.isEmpty()) {
            return;
        }
        boolean withinWorkingDay = !acknowledged.occurredAt().isAfter(workingDays.plusWorkingDays(breachedAt.get(0), 1));
        writes.update("""
                update inspection_clock set acknowledged_at = ?, acknowledged_by = ?, ack_within_working_day = ?
                where clock_id = ? and acknowledged_at is null""",
                ts(acknowledged.occurredAt()), acknowledged.acknowledgedBy(), withinWorkingDay, acknowledged.clockId());
    }

    /** A pause counts once: the clock's row moves only if the pause's row is new (one statement, so it can wait). */
    private void paused(SlaClockPaused paused) {
        writes.update("""
                with pause as (
                    insert into inspection_pause (clock_id, case_id, rule_id, paused_at, reason)
                    values (?, ?, ?, ?, ?) on conflict (clock_id, paused_at) do nothing
                    returning clock_id)
                update inspection_clock set pauses = pauses + 1, paused_since = ?
                where clock_id = ? and exists (select from pause)""",
                paused.clockId(), paused.caseId(), paused.ruleId(), ts(paused.occurredAt()), paused.reason(),
                ts(paused.occurredAt()), paused.clockId());
    }

    /** A resumption counts only if it ends an open pause (one statement, so it can wait). */
    private void resumed(SlaClockResumed resumed) {
        writes.update("""
                with ended as (
                    update inspection_pause set resumed_at = ? where clock_id = ? and resumed_at is null
                    returning clock_id)
                update inspection_clock set paused_seconds = paused_seconds + ?, paused_since = null
                where clock_id = ? and exists (select from ended)""",
                ts(resumed.occurredAt()), resumed.clockId(), resumed.pausedFor().toSeconds(), resumed.clockId());
    }
}
