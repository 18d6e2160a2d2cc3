package io.harmsway.sla.clock;

import io.harmsway.sla.api.SlaClockMetTimeCorrected;
import io.harmsway.sla.api.SlaClockStarted;
import io.harmsway.sla.rules.RuleCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The live clocks, as the interpreter sees them: read and locked through {@link ClockStore},
 * changed through {@link ClockWriter}, in the {@code sla-clocks} processor's transaction, the
 * running clocks of a processor batch's cases read once for the batch ({@link KeeperBatch}). The
 * live sweep keeps them up to date, so the moment a case event asks about changes nothing here.
 */
public class StoredClocks implements ClockBook {

    private static final Logger log = LoggerFactory.getLogger(StoredClocks.class);

    private final ClockStore store;
    private final ClockWriter writer;
    private final RuleCatalogue catalogue;
    private final KeeperBatch batch;

    public StoredClocks(ClockStore store, ClockWriter writer, RuleCatalogue catalogue, KeeperBatch batch) {
        this.store = store;
        this.writer = writer;
        this.catalogue = catalogue;
        this.batch = batch;
    }

    @Override
    public List<RunningClock> running(String caseId, Instant moment) {
        return judged(batch.openClocks(caseId, store::runningClocks));
    }

    @Override
    public List<RunningClock> openStartedBy(String eventId) {
        return judged(store.startedBy(eventId).stream().filter(ClockRow::open).toList());
    }

    @Override
    public List<MetClock> metBy(String eventId) {
        return store.stoppedBy(eventId).stream()
                .filter(row -> "MET".equals(row.status()) && row.state() != null)
                .map(row -> new MetClock(row.clockId(), row.caseId(), row.ruleId(), row.subjectId(),
                        row.state().dueAt(), row.stoppedAt()))
                .toList();
    }

    @Override
    public void start(RunningClock clock, String startedBy, SlaClockStarted started) {
        batch.forget(clock.caseId());
        writer.start(clock, startedBy, started);
    }

    @Override
    public void change(RunningClock before, Change change, String byEventId) {
        batch.forget(before.caseId());
        writer.change(before, change, byEventId);
    }

    @Override
    public void metTimeCorrected(SlaClockMetTimeCorrected corrected) {
        batch.forget(corrected.caseId());
        writer.metTimeCorrected(corrected);
    }

    /** A clock whose rule version is gone, or whose row cannot be read, is left for the sweep to record as a fault. */
    private List<RunningClock> judged(List<ClockRow> rows) {
        return rows.stream().map(this::judged).flatMap(Optional::stream).toList();
    }

    private Optional<RunningClock> judged(ClockRow row) {
        Optional<RunningClock> clock = row.judgedBy(catalogue);
        if (clock.isEmpty()) {
            log.warn("SLA clock {} ({} v{}) cannot be judged: {}", row.clockId(), row.ruleId(), row.ruleVersion(),
                    row.whyNotJudged());
        }
        return clock;
    }
}
