package io.harmsway.ops.bundle;

import io.harmsway.audit.api.Checkpoint;
import io.harmsway.audit.api.PublicKey;
import io.harmsway.query.api.CaseAsItHappened;
import io.harmsway.query.api.CaseAsKnown;
import io.harmsway.query.api.CaseReadEntry;

import java.time.Instant;
import java.util.List;

/**
 * A case exported for disclosure or review. What can be proven: {@code events}, every stored event
 * of the case (its own and its clocks'), and {@code accessEvents}, the stored reads the access log
 * lists, each in its stored form, with {@code proofs}, one inclusion proof each, against
 * {@code checkpoint}, a signed tree head. What is read from them, for people: the case as it
 * happened, as it was known at each moment asked for, and its access log as projected when the
 * bundle was made (newest first; the export's own read is logged as the bundle is sent, so it is in
 * the next bundle, not this one). {@code signingKey} says which key signed the checkpoint; a
 * verifier trusts the key it was given, never this copy.
 */
public record CaseBundle(String format, String caseId, Instant exportedAt, String exportedBy, Checkpoint checkpoint,
                         PublicKey signingKey, List<StoredRow> events, List<StoredRow> accessEvents,
                         List<LeafProof> proofs, CaseAsItHappened asItHappened, List<CaseAsKnown> asKnown,
                         List<CaseReadEntry> accessLog, int readsNotYetSealed) {

    public static final String FORMAT = "harmsway-case-bundle/v1";
}
