package io.harmsway.audit.api;

/** Two checkpoints held against each other: both signatures valid and the proof between them checks out. */
public record ConsistencyCheck(boolean consistent, boolean fromSignatureValid, boolean toSignatureValid,
                               ConsistencyProof proof, String problem) {
}
