package io.harmsway.audit.seal;

import io.harmsway.audit.api.TreeHash;
import io.harmsway.audit.sign.SigningKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Seals the next events of the store, in global index order: each one's leaf hash, chain hash and
 * place in the tree, in one transaction with a signed head when one is due. One node seals at a
 * time (a PostgreSQL advisory lock); the state is kept between batches and checked against the
 * newest seal, so another node's sealing, or a restart, is picked up. Needs only SELECT on the
 * event store and INSERT and SELECT on the seal tables.
 */
public final class Sealer {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final EventRows events;
    private final SealRows seals;
    private final TreeHeads heads;
    private final SealedStates states;
    private final SigningKey key;
    private final Clock clock;
    private final GapWatch gaps;
    private final int batchSize;
    private final Duration headInterval;
    private SealedState state;
    private Instant lastHead = Instant.MIN;

    public Sealer(JdbcTemplate jdbc, TransactionTemplate transactions, SigningKey key, Clock clock,
                  SealerSettings settings, LongSupplier nanoTime) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = new EventRows(jdbc);
        this.seals = new SealRows(jdbc, settings.batchSize());
        this.heads = new TreeHeads(jdbc);
        this.states = new SealedStates(heads, seals, settings.batchSize());
        this.key = key;
        this.clock = clock;
        this.gaps = new GapWatch(jdbc, settings.gapGrace(), nanoTime);
        this.batchSize = settings.batchSize();
        this.headInterval = settings.headInterval();
    }

    /** Seals what can be sealed now, up to a batch; answers how many events were sealed. */
    public synchronized int sealNext() {
        Integer sealed = transactions.execute(status -> SealingLock.tryTake(jdbc) ? sealBatch() : 0);
        return sealed == null ? 0 : sealed;
    }

    private int sealBatch() {
        if (state == null || !states.current(state)) {
            state = states.load();
        }
        SealedState next = new SealedState(state.frontier().copy(), state.chainHead(), state.lastGlobalIndex());
        List<Seal> batch = new ArrayList<>();
        long expected = next.lastGlobalIndex() + 1;
        for (StoredEvent event : events.after(next.lastGlobalIndex(), batchSize)) {
            if (event.globalIndex() != expected && !gaps.passable(expected, event.globalIndex() - 1)) {
                break;
            }
            byte[] leafHash = event.leaf().hash();
            Seal seal = new Seal(next.size(), event.globalIndex(), leafHash, TreeHash.chain(next.chainHead(), leafHash));
            batch.add(seal);
            next = next.with(seal);
            expected = event.globalIndex() + 1;
        }
        if (batch.isEmpty()) {
            return 0;
        }
        seals.append(batch);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        boolean headDue = headInterval.isZero() || !now.isBefore(lastHead.plus(headInterval));
        if (headDue) {
            heads.append(HeadKind.SEALED, key.sign(0, next.size(), next.frontier().root(), next.chainHead(), now), next);
        }
        // Kept only once the transaction commits; after a rollback the state is read again from the database.
        SealedState committed = next;
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                state = status == STATUS_COMMITTED ? committed : null;
                if (status == STATUS_COMMITTED && headDue) {
                    lastHead = now;
                }
            }
        });
        return batch.size();
    }
}
