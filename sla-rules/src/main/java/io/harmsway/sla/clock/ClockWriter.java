package io.harmsway.sla.clock;

import io.harmsway.sla.api.ClockEvent;
import io.harmsway.sla.api.SlaClockFaulted;
import io.harmsway.sla.api.SlaClockMetTimeCorrected;
import io.harmsway.sla.api.SlaClockPaused;
import io.harmsway.sla.api.SlaClockStarted;
import io.harmsway.sla.calendar.WorkingCalendar;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.harmsway.jdbc.Sql.ts;

/**
 * The one writer of {@code sla_clock}. Case events, officers' actions, corrections and the sweep
 * all decide elsewhere what happens to a clock and hand the transition here; each method changes
 * the row and appends the events that record it in the caller's transaction, so the two are
 * committed or rolled back together, whichever path changed the clock.
 */
public class ClockWriter {

    private static final String SAVE = """
            update sla_clock set started_at = ?, due_at = ?, risk_grade = ?, extended_units = ?, paused_total_ms = ?,
                paused_at = ?, pause_reason = case when ? then coalesce(?, pause_reason) end, warnings_raised = ?,
                breached_at = ?, escalations = ?, acknowledged_at = ?, next_attention_at = ?
            where clock_id = ?::uuid""";

    private final JdbcTemplate jdbc;
    private final ClockEvents events;
    private final WorkingCalendar calendar;

    public ClockWriter(JdbcTemplate jdbc, ClockEvents events, WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.events = events;
        this.calendar = calendar;
    }

    /**
     * Starts a clock unless one of the same rule on the same subject is open, or this one exists
     * already (its id comes from the starting event, so an event delivered twice starts it once).
     */
    void start(RunningClock clock, String startedBy, SlaClockStarted started) {
        ClockState state = clock.state();
        int inserted = jdbc.update("""
                insert into sla_clock (clock_id, case_id, rule_id, rule_version, subject_id, started_at, due_at,
                                       state, risk_grade, started_by_event, next_attention_at)
                values (?::uuid, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?)
                on conflict do nothing""",
                clock.clockId(), clock.caseId(), clock.rule().id(), clock.rule().version(), clock.subjectId(),
                ts(state.startedAt()), ts(state.dueAt()), state.risk().name(), startedBy,
                ts(Attention.next(state, clock.rule(), calendar)));
        if (inserted == 1) {
            events.publish(started);
        }
    }

    /** An open clock changed (paused, resumed, re-dated, extended) or ended (met, cancelled). */
    void change(RunningClock before, Change change, String byEventId) {
        if (change.ending() != null) {
            jdbc.update("""
                    update sla_clock set state = ?, stopped_at = ?, stopped_by_event = ?, next_attention_at = null,
                        paused_at = null where clock_id = ?::uuid""",
                    change.ending().name(), ts(change.endedAt()), byEventId, before.clockId());
        } else if (change.after() != before.state()) {
            save(before.clockId(), change.after(), pauseReasonIn(change.events()),
                    Attention.next(change.after(), before.rule(), calendar));
        }
        events.publishAll(change.events());
    }

    /** A supervisor acknowledged the breach with a plan. */
    void acknowledge(RunningClock before, Change change, String by, String note) {
        change(before, change, null);
        jdbc.update("update sla_clock set acknowledged_by = ?, acknowledgement_note = ? where clock_id = ?::uuid",
                by, note, before.clockId());
    }

    /** The action that met the clock was corrected to another time. */
    void metTimeCorrected(SlaClockMetTimeCorrected corrected) {
        jdbc.update("update sla_clock set stopped_at = ? where clock_id = ?::uuid", ts(corrected.metAt()),
                corrected.clockId());
        events.publish(corrected);
    }

    /**
     * One sweep batch: every clock moved on or set aside, each kind of row change sent as one JDBC
     * batch (a round trip per kind, not per clock), then all their events in one append.
     */
    void swept(List<Swept> batch) {
        List<Object[]> moved = new ArrayList<>();
        List<Object[]> setAside = new ArrayList<>();
        for (Swept swept : batch) {
            if (swept instanceof Swept.MovedOn movedOn) {
                moved.add(saved(movedOn.clockId(), movedOn.after(), null, movedOn.nextAttention()));
            } else if (swept instanceof Swept.SetAside aside) {
                SlaClockFaulted fault = aside.fault();
                setAside.add(new Object[] {fault.problem(), ts(fault.occurredAt()), fault.clockId()});
            }
        }
        if (!moved.isEmpty()) {
            jdbc.batchUpdate(SAVE, moved);
        }
        if (!setAside.isEmpty()) {
            jdbc.batchUpdate("update sla_clock set fault = ?, faulted_at = ?, next_attention_at = null where clock_id = ?::uuid",
                    setAside);
        }
        events.publishAll(batch.stream().flatMap(swept -> swept.events().stream()).toList());
    }

    /** Saves a running clock's state; a pause keeps its reason until it ends, a new pause brings its own. */
    private void save(String clockId, ClockState state, String newPauseReason, Instant nextAttention) {
        jdbc.update(SAVE, saved(clockId, state, newPauseReason, nextAttention));
    }

    /** The arguments of {@link #SAVE}. */
    private static Object[] saved(String clockId, ClockState state, String newPauseReason, Instant nextAttention) {
        return new Object[] {ts(state.startedAt()), ts(state.dueAt()), state.risk().name(), state.extendedUnits(),
                state.pausedTotal().toMillis(), ts(state.pausedAt()), state.paused(), newPauseReason,
                state.warningsRaised(), ts(state.breachedAt()), state.escalations(), ts(state.acknowledgedAt()),
                ts(nextAttention), clockId};
    }

    private static String pauseReasonIn(List<ClockEvent> changeEvents) {
        return changeEvents.stream().filter(SlaClockPaused.class::isInstance)
                .map(paused -> ((SlaClockPaused) paused).reason()).findFirst().orElse(null);
    }
}
