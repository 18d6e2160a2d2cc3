package io.harmsway.audit.seal;

import java.time.Duration;

/**
 * @param batchSize    events sealed per transaction at most
 * @param gapGrace     how long a gap in the global index is watched at least before it may be passed over
 * @param headInterval how often at most the sealer signs a head (zero: after every batch)
 */
public record SealerSettings(int batchSize, Duration gapGrace, Duration headInterval) {
}
