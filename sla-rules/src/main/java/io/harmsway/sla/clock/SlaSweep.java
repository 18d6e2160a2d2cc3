package io.harmsway.sla.clock;

import io.harmsway.sla.api.ClockEvent;
import io.harmsway.sla.api.SlaClockBreached;
import io.harmsway.sla.api.SlaClockEscalated;
import io.harmsway.sla.api.SlaClockFaulted;
import io.harmsway.sla.api.SlaClockWarned;
import io.harmsway.sla.rules.RuleCatalogue;
import io.harmsway.sla.rules.SlaRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Raises what is due: warnings, breaches and escalations. Each batch is one transaction: lock due
 * clocks (skipping those another sweep holds), decide for each what is due, and hand the batch to
 * the {@link ClockWriter}, which moves each clock's next moment of attention and appends the
 * events. Every warning, breach and escalation names the officer who holds the case at the moment
 * it is raised (after a transfer, the new one) and the case's team, whose supervisor must act. A
 * partner agency's clock raises only its breach, to the investigator, to chase the partner (its
 * rule has no warnings and no chain). Cost follows the number of due clocks, not the
 * number of open ones. A clock the sweep
 * cannot judge is set aside with the problem recorded (row, log line and event) and the sweep
 * carries on with the rest. It judges as of now, or as of the moment the clock keeper has caught up
 * to when that is earlier ({@link KeeperHorizon}): a breach is never raised for a clock whose
 * meeting action is stored but not yet taken in.
 */
public class SlaSweep {

    private static final Logger log = LoggerFactory.getLogger(SlaSweep.class);

    private final ClockStore store;
    private final ClockWriter writer;
    private final RuleCatalogue catalogue;
    private final TransactionTemplate transaction;
    private final KeeperHorizon keeperHorizon;
    private final Clock clock;
    private final int batchSize;

    public SlaSweep(ClockStore store, ClockWriter writer, RuleCatalogue catalogue,
                    TransactionTemplate transaction, KeeperHorizon keeperHorizon, Clock clock, int batchSize) {
        this.store = store;
        this.writer = writer;
        this.catalogue = catalogue;
        this.transaction = transaction;
        this.keeperHorizon = keeperHorizon;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** Sweeps until nothing is due; answers how many clocks it handled. */
    public int sweepDue() {
        Instant now = keeperHorizon.judgeAsOf(clock.instant());
        int total = 0;
        int handled;
        do {
            handled = transaction.execute(status -> sweepBatch(now));
            total += handled;
        } while (handled == batchSize);
        return total;
    }

    private int sweepBatch(Instant now) {
        List<ClockRow> due = store.lockDue(now, batchSize);
        List<Swept> batch = new ArrayList<>(due.size());
        for (ClockRow row : due) {
            try {
                batch.add(attend(row, now));
            } catch (RuntimeException e) {
                batch.add(fault(row, "the sweep failed on this clock: " + e, now));
            }
        }
        writer.swept(batch);
        return due.size();
    }

    private Swept attend(ClockRow row, Instant now) {
        Optional<SlaRule> found = catalogue.version(row.ruleId(), row.ruleVersion());
        if (found.isEmpty()) {
            return fault(row, "rule " + row.ruleId() + " v" + row.ruleVersion() + " is not in the catalogue", now);
        }
        if (row.state() == null) {
            return fault(row, row.unreadable(), now);
        }
        SlaRule rule = found.get();
        Attention.Outcome outcome = Attention.due(row.state(), rule, catalogue.calendar(), now);
        Instant next = Attention.next(outcome.after(), rule, catalogue.calendar());
        if (next != null && !next.isAfter(now)) {
            return fault(row, "the clock would need attention again at once (" + next + ")", now);
        }
        List<ClockEvent> raised = outcome.raised().stream().map(due -> event(row, rule, outcome.after(), due)).toList();
        return new Swept.MovedOn(row.clockId(), outcome.after(), next, raised);
    }

    private ClockEvent event(ClockRow row, SlaRule rule, ClockState state, Raised raised) {
        if (raised instanceof Raised.Warning warning) {
            return new SlaClockWarned(row.clockId(), row.caseId(), rule.id(), rule.title(), row.subjectId(),
                    warning.fraction(), state.dueAt(), rule.notifies().warning(), row.officer(), warning.at(), row.team());
        }
        if (raised instanceof Raised.Escalation escalation) {
            return new SlaClockEscalated(row.clockId(), row.caseId(), rule.id(), rule.title(), row.subjectId(),
                    escalation.level(), escalation.to(), state.dueAt(), escalation.at(), escalation.reminder(),
                    row.officer(), row.team());
        }
        return new SlaClockBreached(row.clockId(), row.caseId(), rule.id(), rule.title(), row.subjectId(),
                state.dueAt(), rule.notifies().breach(), raised.at(), row.officer(), row.team(), rule.agency().name());
    }

    private Swept fault(ClockRow row, String problem, Instant now) {
        log.warn("SLA sweep set clock {} of case {} aside: {}", row.clockId(), row.caseId(), problem);
        return new Swept.SetAside(new SlaClockFaulted(row.clockId(), row.caseId(), row.ruleId(), row.subjectId(),
                row.state() == null ? null : row.state().dueAt(), problem, now));
    }
}
