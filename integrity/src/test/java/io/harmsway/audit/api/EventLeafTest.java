package io.harmsway.audit.api;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The leaf's canonical bytes, as docs/audit.md defines them, and that every column is in the hash. */
class EventLeafTest {

    private static final EventLeaf LEAF = new EventLeaf("e-1", "case-1", 3, "CaseFile", "2026-03-02T09:00:00Z",
            "io.harmsway.cases.api.NoteAdded", null, "{\"a\":1}".getBytes(StandardCharsets.UTF_8), null);

    @Test
    void bytesAreLengthPrefixedFieldsInTheDocumentedOrderWithNullsMarked() {
        String expected = field("harmsway-event-leaf/v1") + field("e-1") + field("case-1") + field("3")
                + field("CaseFile") + field("2026-03-02T09:00:00Z") + field("io.harmsway.cases.api.NoteAdded")
                + "ffffffff" + field("{\"a\":1}") + "ffffffff";
        assertThat(TreeHash.hex(LEAF.bytes())).isEqualTo(expected);
        assertThat(LEAF.hash()).isEqualTo(TreeHash.leaf(LEAF.bytes()));
    }

    @Test
    void everyColumnChangesTheHashAndNullIsNotEmpty() {
        byte[] hash = LEAF.hash();
        byte[] p = LEAF.payload();
        assertThat(new EventLeaf("e-2", "case-1", 3, "CaseFile", "2026-03-02T09:00:00Z", LEAF.payloadType(), null, p, null).hash()).isNotEqualTo(hash);
        assertThat(new EventLeaf("e-1", "case-2", 3, "CaseFile", "2026-03-02T09:00:00Z", LEAF.payloadType(), null, p, null).hash()).isNotEqualTo(hash);
        assertThat(new EventLeaf("e-1", "case-1", 4, "CaseFile", "2026-03-02T09:00:00Z", LEAF.payloadType(), null, p, null).hash()).isNotEqualTo(hash);
        assertThat(new EventLeaf("e-1", "case-1", 3, null, "2026-03-02T09:00:00Z", LEAF.payloadType(), null, p, null).hash()).isNotEqualTo(hash);
        assertThat(new EventLeaf("e-1", "case-1", 3, "CaseFile", "2026-03-02T09:00:01Z", LEAF.payloadType(), null, p, null).hash()).isNotEqualTo(hash);
        assertThat(new EventLeaf("e-1", "case-1", 3, "CaseFile", "2026-03-02T09:00:00Z", "x", null, p, null).hash()).isNotEqualTo(hash);
        assertThat(new EventLeaf("e-1", "case-1", 3, "CaseFile", "2026-03-02T09:00:00Z", LEAF.payloadType(), "", p, null).hash()).isNotEqualTo(hash);
        assertThat(new EventLeaf("e-1", "case-1", 3, "CaseFile", "2026-03-02T09:00:00Z", LEAF.payloadType(), null, new byte[] {1}, null).hash()).isNotEqualTo(hash);
        assertThat(new EventLeaf("e-1", "case-1", 3, "CaseFile", "2026-03-02T09:00:00Z", LEAF.payloadType(), null, p, new byte[0]).hash()).isNotEqualTo(hash);
    }

    private static String field(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return "%08x".formatted(bytes.length) + TreeHash.hex(bytes);
    }
}
