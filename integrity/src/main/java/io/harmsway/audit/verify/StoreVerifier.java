package io.harmsway.audit.verify;

import io.harmsway.audit.api.BadEvent;
import io.harmsway.audit.api.ChangeKind;
import io.harmsway.audit.api.Checkpoint;
import io.harmsway.audit.api.CheckpointCheck;
import io.harmsway.audit.api.StoreVerification;
import io.harmsway.audit.api.TreeHash;
import io.harmsway.audit.api.VerificationReport;
import io.harmsway.audit.seal.EventRows;
import io.harmsway.audit.seal.Seal;
import io.harmsway.audit.seal.SealRows;
import io.harmsway.audit.seal.StoredEvent;
import io.harmsway.audit.seal.TreeHeads;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * One verification: the event rows and the seals, each read in global index order a page at a
 * time, walked side by side. Each row's leaf is recomputed; a row and a seal of the same global
 * index must agree, a seal without its row is a removal, a row below the sealed head without a
 * seal an insertion; the stored chain must follow from the stored leaves; and the tree and chain
 * of the rows as they are now must give every signed head's root ({@link HeadTrail}).
 */
public final class StoreVerifier implements StoreVerification {

    private static final int KEPT_DIFFERENCES = 10_000;
    private static final int REPORTED = 100;

    private final EventRows events;
    private final SealRows seals;
    private final TreeHeads heads;
    private final Predicate<Checkpoint> genuine;
    private final int pageSize;

    public StoreVerifier(JdbcTemplate jdbc, Predicate<Checkpoint> genuine, int pageSize) {
        this.events = new EventRows(jdbc);
        this.seals = new SealRows(jdbc, pageSize);
        this.heads = new TreeHeads(jdbc);
        this.genuine = genuine;
        this.pageSize = pageSize;
    }

    @Override
    public VerificationReport verify(Checkpoint outsideCopy) {
        long started = System.nanoTime();
        long sealedHead = seals.last().map(Seal::globalIndex).orElse(0L);
        HeadTrail trail = new HeadTrail(heads.all(), outsideCopy, genuine);
        Walk walk = new Walk(sealedHead, trail);
        walk.run();
        trail.end();

        List<BadEvent> found = Classifier.classify(walk.differences);
        BadEvent firstBad = found.stream().findFirst().orElse(null);
        // A difference the seals show is exact; the heads' window counts only where it ends before it.
        BadEvent fromHeads = locatedByHeads(trail);
        if (fromHeads != null && (firstBad == null || trail.lastOfBadWindow() == null
                || trail.lastOfBadWindow().globalIndex() < firstBad.globalIndex())) {
            firstBad = fromHeads;
        }
        Checkpoint lastGood = trail.lastGood();
        CheckpointCheck supplied = trail.suppliedCheck();
        String sealProblem = walk.sealProblem != null ? walk.sealProblem
                : trail.forged().isEmpty() ? null : String.join("; ", trail.forged());
        boolean intact = firstBad == null && sealProblem == null && (supplied == null || supplied.matches());
        return new VerificationReport(intact, walk.eventsRead, walk.sealsRead, walk.unsealedTail, firstBad, lastGood,
                firstBad == null ? null : lastGood == null ? null : lastGood.time(), supplied,
                found.subList(0, Math.min(REPORTED, found.size())), walk.differenceCount, sealProblem,
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * When a signed head no longer matches though every row matches its seal, the seals were
     * rewritten with the rows: the change lies after the last good head, at most at the bad one.
     */
    private static BadEvent locatedByHeads(HeadTrail trail) {
        Checkpoint bad = trail.firstBad();
        StoredEvent first = trail.firstAfterLastGood();
        if (bad == null || first == null) {
            return null;
        }
        long from = trail.lastGood() == null ? 0 : trail.lastGood().treeSize();
        long width = bad.treeSize() - from;
        String where = width == 1 ? "this event" : "one of the " + width + " events from this one";
        return new BadEvent(from, first.globalIndex(), first.leaf().eventIdentifier(), first.leaf().timeStamp(),
                ChangeKind.ALTERED, "the rows do not give the root signed at " + bad.time() + " (head " + bad.id()
                + ", size " + bad.treeSize() + "): " + where + " was changed after it was sealed, and the seals were "
                + "rewritten to match");
    }

    /** Rows and seals side by side, in global index order. */
    private final class Walk {

        private final long sealedHead;
        private final HeadTrail trail;
        private final List<Difference> differences = new ArrayList<>();
        private long differenceCount;
        private long eventsRead;
        private long sealsRead;
        private long unsealedTail;
        private String sealProblem;
        private byte[] storedChain = TreeHash.chainStart();
        private Pages<StoredEvent> rows;
        private Pages<Seal> sealPages;

        Walk(long sealedHead, HeadTrail trail) {
            this.sealedHead = sealedHead;
            this.trail = trail;
        }

        void run() {
            ExecutorService readers = Executors.newFixedThreadPool(2, task -> {
                Thread thread = new Thread(task, "audit-verify-reader");
                thread.setDaemon(true);
                return thread;
            });
            try {
                rows = new Pages<>(after -> events.after(after, pageSize), StoredEvent::globalIndex, readers);
                sealPages = new Pages<>(after -> seals.afterGlobalIndex(after, pageSize), Seal::globalIndex, readers);
                walk();
            } finally {
                readers.shutdownNow();
            }
        }

        private void walk() {
            while (rows.peek() != null || sealPages.peek() != null) {
                StoredEvent row = rows.peek();
                Seal seal = sealPages.peek();
                if (row == null || (seal != null && seal.globalIndex() < row.globalIndex())) {
                    checkChain(sealPages.take());
                    differ(new Difference(seal.globalIndex(), seal.leafIndex(), null, null, null,
                            TreeHash.hex(seal.leafHash())));
                } else if (seal == null || row.globalIndex() < seal.globalIndex()) {
                    rows.take();
                    read(row);
                    if (row.globalIndex() < sealedHead) {
                        differ(new Difference(row.globalIndex(), null, row.leaf().eventIdentifier(),
                                row.leaf().timeStamp(), TreeHash.hex(row.leaf().hash()), null));
                    } else {
                        unsealedTail++;
                    }
                } else {
                    rows.take();
                    checkChain(sealPages.take());
                    byte[] leaf = read(row);
                    if (!Arrays.equals(leaf, seal.leafHash())) {
                        differ(new Difference(row.globalIndex(), seal.leafIndex(), row.leaf().eventIdentifier(),
                                row.leaf().timeStamp(), TreeHash.hex(leaf), TreeHash.hex(seal.leafHash())));
                    }
                }
            }
        }

        private byte[] read(StoredEvent row) {
            eventsRead++;
            byte[] leaf = row.leaf().hash();
            trail.accept(row, leaf);
            return leaf;
        }

        /** The seals must hold together: leaf after leaf, each chain hash following from the one before. */
        private void checkChain(Seal seal) {
            if (sealProblem == null && seal.leafIndex() != sealsRead) {
                sealProblem = "in global index order, leaf " + sealsRead + " should come next, but global index "
                        + seal.globalIndex() + " is sealed as leaf " + seal.leafIndex();
            }
            storedChain = TreeHash.chain(storedChain, seal.leafHash());
            if (sealProblem == null && !Arrays.equals(storedChain, seal.chainHash())) {
                sealProblem = "the stored chain breaks at leaf " + seal.leafIndex() + " (global index "
                        + seal.globalIndex() + "): the seal table was rewritten";
            }
            sealsRead++;
        }

        private void differ(Difference difference) {
            differenceCount++;
            if (differences.size() < KEPT_DIFFERENCES) {
                differences.add(difference);
            }
        }
    }

    /**
     * A table read by key a page at a time, the next page read ahead on another thread while this
     * one is walked: the next row, and taking it.
     */
    private static final class Pages<T> {

        private final LongFunction<List<T>> page;
        private final ToLongFunction<T> key;
        private final Executor reader;
        private CompletableFuture<List<T>> next;
        private List<T> current = List.of();
        private int position;
        private boolean done;

        Pages(LongFunction<List<T>> page, ToLongFunction<T> key, Executor reader) {
            this.page = page;
            this.key = key;
            this.reader = reader;
            this.next = CompletableFuture.supplyAsync(() -> page.apply(Long.MIN_VALUE), reader);
        }

        T peek() {
            if (position == current.size() && !done) {
                try {
                    current = next.join();
                } catch (CompletionException e) {
                    throw e.getCause() instanceof RuntimeException cause ? cause : e;
                }
                position = 0;
                done = current.isEmpty();
                if (!done) {
                    long after = key.applyAsLong(current.get(current.size() - 1));
                    next = CompletableFuture.supplyAsync(() -> page.apply(after), reader);
                }
            }
            return position < current.size() ? current.get(position) : null;
        }

        T take() {
            T item = peek();
            position++;
            return item;
        }
    }
}
