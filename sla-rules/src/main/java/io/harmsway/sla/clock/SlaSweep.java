package io.harmsway.sla.clock;

import io.harmsway.sla.api.SlaClockBreached;
import io.harmsway.sla.rules.RuleCatalogue;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Raises what is due. Each batch is one transaction: lock due clocks (skipping those another
 * sweep holds), append their events, move their next moment of attention. Cost follows the
 * number of due clocks, not the number of open ones.
 */
public class SlaSweep {

    private final ClockStore store;
    private final ClockEvents events;
    private final RuleCatalogue catalogue;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int batchSize;

    public SlaSweep(ClockStore store, ClockEvents events, RuleCatalogue catalogue,
                    TransactionTemplate transaction, Clock clock, int batchSize) {
        this.store = store;
        this.events = events;
        this.catalogue = catalogue;
        this.transaction = transaction;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** Sweeps until nothing is due; answers how many clocks it raised. */
    public int sweepDue() {
        Instant now = clock.instant();
        int total = 0;
        int raised;
        do {
            raised = transaction.execute(status -> sweepBatch(now));
            total += raised;
        } while (raised == batchSize);
        return total;
    }

    private int sweepBatch(Instant now) {
        List<OpenClock> due = store.lockDue(now, batchSize);
        List<SlaClockBreached> breaches = due.stream().map(this::breach).toList();
        events.publishAll(breaches);
        store.markBreached(due, now);
        return due.size();
    }

    private SlaClockBreached breach(OpenClock clock) {
        String title = catalogue.find(clock.ruleId()).map(rule -> rule.title()).orElse(clock.ruleId());
        return new SlaClockBreached(clock.clockId(), clock.caseId(), clock.ruleId(), title, clock.subjectId(),
                clock.dueAt(), clock.dueAt());
    }
}
