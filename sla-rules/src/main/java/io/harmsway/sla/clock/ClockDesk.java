package io.harmsway.sla.clock;

import io.harmsway.sla.api.AcknowledgeBreach;
import io.harmsway.sla.api.CaseClocksQuery;
import io.harmsway.sla.api.CaseOfClock;
import io.harmsway.sla.api.CaseOfClockQuery;
import io.harmsway.sla.api.ClockActionRefused;
import io.harmsway.sla.api.ClockView;
import io.harmsway.sla.api.ClocksOfCases;
import io.harmsway.sla.api.ClocksOfCasesQuery;
import io.harmsway.sla.api.PauseClock;
import io.harmsway.sla.api.ResumeClock;
import io.harmsway.sla.rules.RuleCatalogue;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static io.harmsway.cases.api.CaseMetadata.ACTOR;
import static io.harmsway.cases.api.CaseMetadata.RECEIVED_AT;

/**
 * Officers' actions on clocks: pause and resume with a stated reason, acknowledge a breach with a
 * plan. Each locks the clock's row, checks, and hands the transition to the {@link ClockWriter} in
 * the command's transaction; a refusal names the field and appends nothing. A pause or a
 * resumption happens when the officer says it did ({@code occurredAt}), as every other action:
 * never in the future, never before the clock started, a resumption never before its pause, and a
 * pause never at or after the deadline (the clock had breached by then).
 */
public class ClockDesk {

    private final ClockStore store;
    private final ClockWriter writer;
    private final RuleCatalogue catalogue;
    private final ClockMachine machine;
    private final Clock clock;

    public ClockDesk(ClockStore store, ClockWriter writer, RuleCatalogue catalogue, ClockMachine machine, Clock clock) {
        this.store = store;
        this.writer = writer;
        this.catalogue = catalogue;
        this.machine = machine;
        this.clock = clock;
    }

    @CommandHandler
    public void handle(PauseClock command, @MetaDataValue(ACTOR) String actor, @MetaDataValue(RECEIVED_AT) Instant now) {
        requireText(command.reason(), "reason", "must say why the clock is paused (e.g. the suspect is abroad)");
        ClockRow row = running(command.clockId(), command.actorTeam());
        RunningClock clock = judged(row);
        if (row.state().paused()) {
            throw refused("clockId", "is already paused since " + row.state().pausedAt() + " (" + row.pauseReason() + ")");
        }
        if (row.state().breached()) {
            throw refused("clockId", "has breached and cannot be paused: acknowledge it with a plan instead");
        }
        Instant at = stated(command.occurredAt(), now, row.state().startedAt(), "the clock started");
        if (!at.isBefore(row.state().dueAt())) {
            throw refused("occurredAt", "is at or after the clock's deadline (" + row.state().dueAt()
                    + "): the clock had breached by then; acknowledge the breach with a plan instead");
        }
        writer.change(clock, machine.pause(clock, command.reason().trim(), actor, at), null);
    }

    @CommandHandler
    public void handle(ResumeClock command, @MetaDataValue(ACTOR) String actor, @MetaDataValue(RECEIVED_AT) Instant now) {
        requireText(command.reason(), "reason", "must say why the clock counts again");
        ClockRow row = running(command.clockId(), command.actorTeam());
        RunningClock clock = judged(row);
        if (!row.state().paused()) {
            throw refused("clockId", "is not paused");
        }
        Instant at = stated(command.occurredAt(), now, row.state().pausedAt(), "the pause began");
        writer.change(clock, machine.resume(clock, command.reason().trim(), actor, at), null);
    }

    @CommandHandler
    public void handle(AcknowledgeBreach command, @MetaDataValue(ACTOR) String actor,
                       @MetaDataValue(RECEIVED_AT) Instant now) {
        requireText(command.note(), "note", "must give the plan: what will be done, by whom and when");
        ClockRow row = running(command.clockId(), command.actorTeam());
        RunningClock clock = judged(row);
        if (!row.state().breached()) {
            throw refused("clockId", "has not breached: there is nothing to acknowledge yet");
        }
        if (row.state().acknowledgedAt() != null) {
            throw refused("clockId", "was already acknowledged at " + row.state().acknowledgedAt());
        }
        String note = command.note().trim();
        writer.acknowledge(clock, machine.acknowledge(clock, note, actor, now), actor, note);
    }

    @QueryHandler
    public List<ClockView> handle(CaseClocksQuery query) {
        return store.clocksOf(query.caseId(), clock, catalogue);
    }

    @QueryHandler
    public CaseOfClock handle(CaseOfClockQuery query) {
        return new CaseOfClock(store.caseOf(query.clockId()).orElse(null));
    }

    @QueryHandler
    public ClocksOfCases handle(ClocksOfCasesQuery query) {
        return new ClocksOfCases(store.clocksOf(query.caseIds(), clock, catalogue));
    }

    private ClockRow running(String clockId, String actorTeam) {
        ClockRow row = store.lock(clockId).orElseThrow(() -> ClockActionRefused.unknown(clockId));
        if (actorTeam != null && !actorTeam.equals(row.team())) {
            throw new ClockActionRefused("clockId", "belongs to a case of another team", ClockActionRefused.Why.OTHER_TEAM);
        }
        if (!row.open()) {
            throw refused("clockId", "has ended (" + row.status().toLowerCase() + ")");
        }
        return row;
    }

    private RunningClock judged(ClockRow row) {
        return row.judgedBy(catalogue).orElseThrow(() -> refused("clockId", "cannot be judged: its rule is not in the catalogue"));
    }

    /** The officer's stated time, checked as the case checks every action's: not ahead of now, not before what it follows. */
    private static Instant stated(Instant occurredAt, Instant now, Instant earliest, String what) {
        if (occurredAt == null) {
            throw refused("occurredAt", "must say when it happened");
        }
        if (occurredAt.isAfter(now)) {
            throw refused("occurredAt", "is in the future (" + occurredAt + ")");
        }
        if (occurredAt.isBefore(earliest)) {
            throw refused("occurredAt", "is before " + what + " (" + earliest + ")");
        }
        return occurredAt;
    }

    private static void requireText(String value, String field, String problem) {
        if (value == null || value.isBlank()) {
            throw refused(field, problem);
        }
    }

    private static ClockActionRefused refused(String field, String problem) {
        return new ClockActionRefused(field, problem, ClockActionRefused.Why.REFUSED);
    }
}
