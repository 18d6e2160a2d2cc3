package io.harmsway.sla.clock;

import io.harmsway.cases.api.CaseEvent;
import io.harmsway.sla.rules.CaseFacts;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What the keeper reads of the cases of one processing batch, read once instead of at every event:
 * at the first event of the batch it takes up, the facts and the open clocks of every case the
 * batch's events that matter name, in one query each, the clocks locked {@code for update} as the
 * keeper always locks them before it decides (the sweep skips locked clocks, an officer's action on
 * one waits for the batch to commit).
 *
 * <p>What was read stays true for the batch: the clocks stay locked until it commits, and only the
 * keeper writes case facts and starts clocks (one processor thread owns the batch's cases). The
 * keeper's own writes still go at once, each event behind its savepoint; a case it writes is
 * forgotten here and read again when next asked about. An event that fails is rolled back to its
 * savepoint, which undoes its writes and releases the locks it took: its case is forgotten, and if
 * the batch's reads were taken in it, all of them are. Outside a processor's batch (a dead-letter
 * retry, a test) nothing is kept: every question goes to the database.
 */
public final class KeeperBatch {

    private static final String RESOURCE = KeeperBatch.class.getName();

    private final EventsThatMatter eventsThatMatter;
    private final Function<Collection<String>, Map<String, CaseFacts>> readFacts;
    private final Function<Collection<String>, Map<String, List<ClockRow>>> readOpenClocks;
    private final boolean enabled;

    /** @param enabled false: nothing is kept, every question goes to the database (as before) */
    public KeeperBatch(EventsThatMatter eventsThatMatter, CaseFactsStore facts, ClockStore clocks, boolean enabled) {
        this(eventsThatMatter, facts::factsOf, clocks::runningClocks, enabled);
    }

    /**
     * @param readFacts      the facts of the given cases (a case never referred is absent)
     * @param readOpenClocks the open clocks of the given cases, locked, each case's in the order they started
     * @param enabled        false: nothing is kept
     */
    KeeperBatch(EventsThatMatter eventsThatMatter, Function<Collection<String>, Map<String, CaseFacts>> readFacts,
                       Function<Collection<String>, Map<String, List<ClockRow>>> readOpenClocks, boolean enabled) {
        this.eventsThatMatter = eventsThatMatter;
        this.readFacts = readFacts;
        this.readOpenClocks = readOpenClocks;
        this.enabled = enabled;
    }

    /** The case's facts as the batch read them, else as {@code read} reads them now. */
    CaseFacts facts(String caseId, Function<String, CaseFacts> read) {
        Cases cases = current(caseId);
        return cases == null ? read.apply(caseId) : cases.facts.computeIfAbsent(caseId, read);
    }

    /** The case's open clocks, locked, as the batch read them, else as {@code read} reads (and locks) them now. */
    List<ClockRow> openClocks(String caseId, Function<String, List<ClockRow>> read) {
        Cases cases = current(caseId);
        return cases == null ? read.apply(caseId) : cases.openClocks.computeIfAbsent(caseId, read);
    }

    /** The keeper wrote the case: what was read of it is read again when next asked about. */
    void forget(String caseId) {
        Cases cases = batchCases();
        if (cases != null) {
            cases.forget(caseId);
        }
    }

    /** The batch's reads, taken at its first question; null outside a processor's batch. */
    private Cases current(String caseId) {
        if (!enabled || !CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> event = CurrentUnitOfWork.get();
        if (!(event.root() instanceof BatchingUnitOfWork<?> batch)) {
            return null;
        }
        Cases cases = batch.getOrComputeResource(RESOURCE, key -> {
            // Taken in this event's savepoint: if it rolls back, the locks go with it, and so must the reads.
            event.onRollback(rolledBack -> batch.resources().remove(RESOURCE));
            return read(batch);
        });
        cases.guard(event, caseId);
        return cases;
    }

    private Cases batchCases() {
        if (!enabled || !CurrentUnitOfWork.isStarted()) {
            return null;
        }
        return CurrentUnitOfWork.get().root().getResource(RESOURCE);
    }

    private Cases read(BatchingUnitOfWork<?> batch) {
        Set<String> caseIds = new LinkedHashSet<>();
        for (Object message : batch.getMessages()) {
            try {
                if (message instanceof EventMessage<?> event && eventsThatMatter.mayChangeClocks(event.getPayloadType())) {
                    caseIds.add(((CaseEvent) event.getPayload()).caseId());
                }
            } catch (RuntimeException unreadable) {
                // Another event of the batch that cannot be read fails (and is parked) when its own turn comes;
                // it must not fail this one. Its case, if any, is read when asked about.
            }
        }
        Cases cases = new Cases();
        Map<String, CaseFacts> facts = readFacts.apply(caseIds);
        Map<String, List<ClockRow>> clocks = readOpenClocks.apply(caseIds);
        for (String caseId : caseIds) {
            cases.facts.put(caseId, facts.getOrDefault(caseId, CaseFacts.none()));
            cases.openClocks.put(caseId, clocks.getOrDefault(caseId, List.of()));
        }
        return cases;
    }

    /** One batch's cases as read. */
    private static final class Cases {
        final Map<String, CaseFacts> facts = new HashMap<>();
        final Map<String, List<ClockRow>> openClocks = new HashMap<>();
        private UnitOfWork<?> guardedEvent;
        private final Set<String> guardedCases = new HashSet<>();

        void forget(String caseId) {
            facts.remove(caseId);
            openClocks.remove(caseId);
        }

        /** An event that asks about a case and then fails leaves it to be read again. */
        void guard(UnitOfWork<?> event, String caseId) {
            if (event != guardedEvent) {
                guardedEvent = event;
                guardedCases.clear();
            }
            if (guardedCases.add(caseId)) {
                event.onRollback(rolledBack -> forget(caseId));
            }
        }
    }
}
