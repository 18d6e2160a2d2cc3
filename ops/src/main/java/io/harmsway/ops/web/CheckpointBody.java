package io.harmsway.ops.web;

import io.harmsway.audit.api.Checkpoint;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * A checkpoint as the auditor kept it outside the database: the exported JSON, field for field.
 * Its shape is checked here; whether it is genuine and matches the store is the verification's answer.
 */
public record CheckpointBody(
        @NotNull @Size(max = 64) @Pattern(regexp = Checkpoint.FORMAT, message = "must be " + Checkpoint.FORMAT) String format,
        @PositiveOrZero Long id,
        @NotNull @PositiveOrZero Long treeSize,
        @NotNull @Size(max = 64) @Pattern(regexp = HEX_HASH, message = "must be 64 lower-case hexadecimal digits") String rootHash,
        @NotNull @Size(max = 64) @Pattern(regexp = HEX_HASH, message = "must be 64 lower-case hexadecimal digits") String chainHead,
        @NotNull @Schema(example = "2026-03-02T09:00:00.123Z") Instant time,
        @NotNull @Size(max = 16) @Pattern(regexp = "[0-9a-f]{16}", message = "must be 16 lower-case hexadecimal digits") String keyId,
        @NotNull @Size(max = 88) @Pattern(regexp = "[A-Za-z0-9+/]{86}==", message = "must be an Ed25519 signature in base64")
        String signature) {

    private static final String HEX_HASH = "[0-9a-f]{64}";

    Checkpoint toCheckpoint() {
        return new Checkpoint(format, id == null ? 0 : id, treeSize, rootHash, chainHead, time, keyId, signature);
    }
}
