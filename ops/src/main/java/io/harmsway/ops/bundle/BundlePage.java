package io.harmsway.ops.bundle;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A bundle as the printable page shows it: the bundle itself, and each stored row's payload and
 * metadata as text (decoded as UTF-8 for reading; the JSON keeps the exact bytes) beside its proof.
 */
public record BundlePage(CaseBundle bundle, List<Row> events, List<Row> reads) {

    public record Row(StoredRow stored, String payloadText, String metaDataText, LeafProof proof) {
    }

    public static BundlePage of(CaseBundle bundle) {
        Map<String, LeafProof> proofs = new HashMap<>();
        bundle.proofs().forEach(proof -> proofs.put(proof.eventIdentifier(), proof));
        return new BundlePage(bundle, rows(bundle.events(), proofs), rows(bundle.accessEvents(), proofs));
    }

    private static List<Row> rows(List<StoredRow> stored, Map<String, LeafProof> proofs) {
        return stored.stream().map(row -> new Row(row, text(row.payload()), text(row.metaData()),
                proofs.get(row.eventIdentifier()))).toList();
    }

    private static String text(String base64) {
        return base64 == null ? null : new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }
}
