package io.harmsway.audit.seal;

import io.harmsway.audit.api.Checkpoint;
import io.harmsway.audit.sign.SigningKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** Signs the sealed tree as it stands, waiting for a sealer in the middle of a batch, and stores it as a checkpoint. */
public final class Checkpointing {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final SealedStates states;
    private final TreeHeads heads;
    private final SigningKey key;
    private final Clock clock;

    public Checkpointing(JdbcTemplate jdbc, TransactionTemplate transactions, SigningKey key, Clock clock, int pageSize) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.heads = new TreeHeads(jdbc);
        this.states = new SealedStates(heads, new SealRows(jdbc, pageSize), pageSize);
        this.key = key;
        this.clock = clock;
    }

    public Checkpoint sign() {
        return transactions.execute(status -> {
            SealingLock.take(jdbc);
            SealedState state = states.load();
            Checkpoint head = key.sign(0, state.size(), state.frontier().root(), state.chainHead(),
                    clock.instant().truncatedTo(ChronoUnit.MILLIS));
            return heads.append(HeadKind.CHECKPOINT, head, state);
        });
    }
}
