package io.harmsway.cases.api.format;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The key must be the bytes the database's event_case_key takes from the stored JSON, or a case's events are not found. */
class CaseKeyTest {

    @Test
    void aCaseIdIsItsOwnBytes() {
        assertThat(CaseKey.of("7f3c2a9e-case")).isEqualTo("7f3c2a9e-case".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anIdIsWrittenAsTheStoredJsonEscapesItAndEndsAtTheFirstQuote() {
        assertThat(new String(CaseKey.of("caf\u00e9\\x"), StandardCharsets.UTF_8)).isEqualTo("caf\u00e9\\\\x");
        assertThat(new String(CaseKey.of("a\"b"), StandardCharsets.UTF_8)).isEqualTo("a\\");
    }

    @Test
    void aLongIdKeepsAsManyBytesAsTheIndex() {
        assertThat(CaseKey.of("x".repeat(300))).hasSize(CaseKey.MAX_BYTES);
    }
}
