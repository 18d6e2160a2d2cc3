package io.harmsway.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Audit settings (see docs/audit.md).
 *
 * @param sealing              whether events are sealed as they are stored (off only to measure what sealing costs)
 * @param sealInterval         how often the sealer looks for new events when it has caught up
 * @param sealBatchSize        events sealed per transaction at most
 * @param gapGrace             how long a gap in the global index is watched at least before sealing passes over it
 * @param sealHeadInterval     how often at most the sealer signs a head of its own (kept in the database; zero:
 *                             after every batch): the finer, the more exactly a change hidden by rewritten seals is located
 * @param checkpointInterval   how often a checkpoint is signed and exported
 * @param exportDir            where each checkpoint is written as JSON, with the public key
 * @param signingKeyFile       the Ed25519 private key, PKCS#8 (PEM or DER)
 * @param signingKey           the same key as base64 PKCS#8, if not a file
 * @param generateKeyIfMissing with no key configured, generate one and keep it in the export directory (demo only)
 * @param verifyPageSize       rows read per page by a verification
 */
@ConfigurationProperties("harmsway.audit")
public record AuditProperties(@DefaultValue("true") boolean sealing,
                              @DefaultValue("250ms") Duration sealInterval,
                              @DefaultValue("1000") int sealBatchSize,
                              @DefaultValue("1s") Duration gapGrace,
                              @DefaultValue("1m") Duration sealHeadInterval,
                              @DefaultValue("15m") Duration checkpointInterval,
                              @DefaultValue("audit-checkpoints") String exportDir,
                              String signingKeyFile,
                              String signingKey,
                              @DefaultValue("false") boolean generateKeyIfMissing,
                              @DefaultValue("2000") int verifyPageSize) {

    public static final String GENERATED_KEY_FILE = "demo-signing-key.pem";
}
