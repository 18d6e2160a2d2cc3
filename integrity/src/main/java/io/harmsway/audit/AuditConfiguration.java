package io.harmsway.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.harmsway.audit.api.Checkpoints;
import io.harmsway.audit.api.Proofs;
import io.harmsway.audit.api.StoreVerification;
import io.harmsway.audit.checkpoint.CheckpointDesk;
import io.harmsway.audit.checkpoint.CheckpointExport;
import io.harmsway.audit.checkpoint.CheckpointJob;
import io.harmsway.audit.proof.ProofDesk;
import io.harmsway.audit.seal.Checkpointing;
import io.harmsway.audit.seal.SealRows;
import io.harmsway.audit.seal.Sealer;
import io.harmsway.audit.seal.SealerSettings;
import io.harmsway.audit.seal.SealingLoop;
import io.harmsway.audit.seal.TreeHeads;
import io.harmsway.audit.sign.KeySource;
import io.harmsway.audit.sign.SigningKey;
import io.harmsway.audit.verify.StoreVerifier;
import org.quartz.DateBuilder;
import org.quartz.DateBuilder.IntervalUnit;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Path;
import java.time.Clock;

/** Wires the audit module: plain classes, Spring only at this edge. */
@Configuration
@EnableConfigurationProperties(AuditProperties.class)
public class AuditConfiguration {

    /** The exported form of checkpoints: ISO-8601 times, whatever the web's JSON settings. */
    public static ObjectMapper checkpointJson() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    @Bean
    SigningKey auditSigningKey(AuditProperties properties) {
        return KeySource.load(properties.signingKeyFile(), properties.signingKey(), properties.generateKeyIfMissing(),
                Path.of(properties.exportDir()).resolve(AuditProperties.GENERATED_KEY_FILE));
    }

    @Bean
    CheckpointExport checkpointExport(AuditProperties properties) {
        return new CheckpointExport(Path.of(properties.exportDir()), checkpointJson());
    }

    /** The public key beside the exported checkpoints and in the log, from the start. */
    @Bean
    InitializingBean publishAuditPublicKey(CheckpointExport export, SigningKey key) {
        return () -> export.publish(key.publicKey());
    }

    @Bean
    Sealer sealer(JdbcTemplate jdbc, PlatformTransactionManager transactions, SigningKey key, Clock clock,
                  AuditProperties properties) {
        return new Sealer(jdbc, new TransactionTemplate(transactions), key, clock,
                new SealerSettings(properties.sealBatchSize(), properties.gapGrace(), properties.sealHeadInterval()),
                System::nanoTime);
    }

    /** Not started with {@code harmsway.audit.sealing=false}: only to measure what sealing costs. */
    @Bean
    SealingLoop sealingLoop(Sealer sealer, AuditProperties properties) {
        return new SealingLoop(sealer, properties.sealInterval(), properties.sealBatchSize(), properties.sealing());
    }

    @Bean
    Checkpoints checkpoints(JdbcTemplate jdbc, PlatformTransactionManager transactions, SigningKey key, Clock clock,
                            CheckpointExport export, AuditProperties properties) {
        return new CheckpointDesk(new Checkpointing(jdbc, new TransactionTemplate(transactions), key, clock,
                properties.sealBatchSize()), new TreeHeads(jdbc), export, key);
    }

    @Bean
    StoreVerification storeVerification(JdbcTemplate jdbc, SigningKey key, AuditProperties properties) {
        return new StoreVerifier(jdbc, key::signed, properties.verifyPageSize());
    }

    @Bean
    Proofs proofs(JdbcTemplate jdbc, SigningKey key, AuditProperties properties) {
        return new ProofDesk(new SealRows(jdbc, properties.verifyPageSize()), key::signed);
    }

    @Bean
    JobDetail auditCheckpointJob() {
        return JobBuilder.newJob(CheckpointJob.class).withIdentity(CheckpointJob.NAME, CheckpointJob.GROUP)
                .storeDurably().build();
    }

    @Bean
    Trigger auditCheckpointTrigger(JobDetail auditCheckpointJob, AuditProperties properties) {
        return TriggerBuilder.newTrigger().forJob(auditCheckpointJob).withIdentity(CheckpointJob.NAME, CheckpointJob.GROUP)
                .startAt(DateBuilder.futureDate((int) properties.checkpointInterval().toSeconds(), IntervalUnit.SECOND))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(properties.checkpointInterval().toMillis())
                        .repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }
}
