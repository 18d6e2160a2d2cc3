package io.harmsway.audit.api;

import java.time.Instant;
import java.util.List;

/**
 * What a verification found. {@code intact} when every event matches its seal, the seals hold
 * together and every checkpoint checked matches; otherwise {@code firstBadEvent} names the first
 * event that does not, and the store is untrustworthy since {@code lastGoodCheckpoint}'s time
 * (the last moment a signed head still matches the events). {@code findings} lists up to a
 * hundred differences in global order; {@code differences} counts them all.
 */
public record VerificationReport(boolean intact, long eventsRead, long sealsRead, long unsealedTail,
                                 BadEvent firstBadEvent, Checkpoint lastGoodCheckpoint, Instant untrustworthySince,
                                 CheckpointCheck suppliedCheckpoint, List<BadEvent> findings, long differences,
                                 String sealTableProblem, long millis) {
}
