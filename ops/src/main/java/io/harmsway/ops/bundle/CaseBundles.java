package io.harmsway.ops.bundle;

import io.harmsway.audit.api.Checkpoint;
import io.harmsway.audit.api.Checkpoints;
import io.harmsway.audit.api.InclusionProof;
import io.harmsway.audit.api.Proofs;
import io.harmsway.query.api.CaseAccessLogQuery;
import io.harmsway.query.api.CaseAsItHappened;
import io.harmsway.query.api.CaseAsItHappenedQuery;
import io.harmsway.query.api.CaseAsKnown;
import io.harmsway.query.api.CaseAsKnownQuery;
import io.harmsway.query.api.CaseReadEntry;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Makes a case's bundle: its stored events and the stored reads its access log lists, proven
 * against the latest checkpoint that covers them all, or, when none does yet, one signed on demand
 * (and exported like every checkpoint); and, read from the same store, the case as it happened,
 * as known at each moment asked for, and its access log (the reads proven).
 */
public class CaseBundles {

    private final QueryGateway queries;
    private final CaseRows rows;
    private final Checkpoints checkpoints;
    private final Proofs proofs;
    private final Clock clock;

    CaseBundles(QueryGateway queries, CaseRows rows, Checkpoints checkpoints, Proofs proofs, Clock clock) {
        this.queries = queries;
        this.rows = rows;
        this.checkpoints = checkpoints;
        this.proofs = proofs;
        this.clock = clock;
    }

    /** @param moments the moments to replay the case as known at, each checked (not in the future) */
    public CaseBundle export(String caseId, List<Instant> moments, String exportedBy) {
        Instant exportedAt = clock.instant();
        List<CaseReadEntry> accessLog = queries.query(new CaseAccessLogQuery(caseId),
                ResponseTypes.multipleInstancesOf(CaseReadEntry.class)).join();
        CaseAsItHappened asItHappened = queries.query(new CaseAsItHappenedQuery(caseId),
                ResponseTypes.instanceOf(CaseAsItHappened.class)).join();
        List<CaseAsKnown> asKnown = moments.stream().map(at -> queries.query(new CaseAsKnownQuery(caseId, at),
                ResponseTypes.instanceOf(CaseAsKnown.class)).join()).toList();
        List<StoredRow> events = rows.ofCase(caseId);
        List<StoredRow> reads = rows.withIds(accessLog.stream().map(CaseReadEntry::eventId).toList());
        Proven proven = prove(caseId, ids(events), ids(reads));
        Set<String> provenIds = proven.proofs().stream().map(LeafProof::eventIdentifier).collect(Collectors.toSet());
        List<StoredRow> provenReads = reads.stream().filter(read -> provenIds.contains(read.eventIdentifier())).toList();
        List<CaseReadEntry> provenLog = accessLog.stream().filter(read -> provenIds.contains(read.eventId())).toList();
        return new CaseBundle(CaseBundle.FORMAT, caseId, exportedAt, exportedBy, proven.checkpoint(),
                checkpoints.publicKey(), events, provenReads, proven.proofs(), asItHappened, asKnown, provenLog,
                accessLog.size() - provenLog.size());
    }

    /**
     * Every event of the case must be proven: a case just changed waits for its seal. A read just
     * made (the previous export, say) is left out of the bundle until it is sealed, so that asking
     * for bundles one after another is never refused; the bundle counts what it left out.
     */
    private Proven prove(String caseId, List<String> events, List<String> reads) {
        List<String> ids = new ArrayList<>(events);
        ids.addAll(reads);
        Optional<Proven> latest = checkpoints.list(1).stream().findFirst().map(checkpoint -> proven(checkpoint, ids));
        if (latest.isPresent() && latest.get().covers(ids)) {
            return latest.get();
        }
        Proven onDemand = proven(checkpoints.take(), ids);
        if (!onDemand.covers(events)) {
            throw new NotSealedYet(caseId, (int) events.stream().filter(id -> !onDemand.covers(List.of(id))).count(),
                    events.size());
        }
        return onDemand;
    }

    private Proven proven(Checkpoint checkpoint, List<String> ids) {
        List<InclusionProof> found = proofs.inclusions(ids, checkpoint);
        return new Proven(checkpoint, found.stream().map(LeafProof::of).toList());
    }

    private static List<String> ids(List<StoredRow> rows) {
        return rows.stream().map(StoredRow::eventIdentifier).toList();
    }

    private record Proven(Checkpoint checkpoint, List<LeafProof> proofs) {

        boolean covers(List<String> ids) {
            Set<String> proven = proofs.stream().map(LeafProof::eventIdentifier).collect(Collectors.toSet());
            return proven.containsAll(ids);
        }
    }
}
