package io.harmsway.audit.api;

/**
 * The first event that does not match what was sealed or signed: its position as sealed
 * ({@code leafIndex}, null for an inserted row) and in the store ({@code globalIndex}), its id and
 * recorded time as the store has them now (null for a removed row), the kind of change, and in
 * words what was found.
 */
public record BadEvent(Long leafIndex, long globalIndex, String eventIdentifier, String recordedAt, ChangeKind kind,
                       String detail) {
}
