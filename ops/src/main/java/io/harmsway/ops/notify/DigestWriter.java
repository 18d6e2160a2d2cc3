package io.harmsway.ops.notify;

import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * When a digest time has come, folds each recipient's held warnings (per channel) into one digest
 * row, sent like any other, whose key is {@code digest-} and the first warning's row id. One node at
 * a time writes digests (a transaction-scoped advisory lock), so a user's warnings are never split
 * between two digests; the held rows are locked too, so no warning is ever folded twice.
 */
public class DigestWriter {

    private final DeliveryStore store;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public DigestWriter(DeliveryStore store, TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
    }

    public void writeDue() {
        transactions.executeWithoutResult(status -> {
            if (!store.lockDigests()) {
                return;
            }
            Instant now = clock.instant();
            Map<String, List<DeliveryStore.HeldWarning>> byRecipientAndChannel = store.heldForDigest(now).stream()
                    .collect(Collectors.groupingBy(warning -> warning.recipient() + "\n" + warning.channel(),
                            LinkedHashMap::new, Collectors.toList()));
            byRecipientAndChannel.values().forEach(warnings -> store.writeDigest(warnings,
                    Notice.digest(warnings.stream().map(DeliveryStore.HeldWarning::notice).toList()), now));
        });
    }
}
