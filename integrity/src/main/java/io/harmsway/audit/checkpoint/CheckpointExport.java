package io.harmsway.audit.checkpoint;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.harmsway.audit.api.Checkpoint;
import io.harmsway.audit.api.PublicKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Copies of checkpoints outside the database: one JSON file each ({@code checkpoint-<id>.json}) in
 * the export directory, beside {@code public-key.pem}, and a log line each. A directory that
 * cannot be written is logged as an error; the checkpoint is still stored and logged.
 */
public final class CheckpointExport {

    private static final Logger log = LoggerFactory.getLogger(CheckpointExport.class);

    private final Path directory;
    private final ObjectMapper json;

    public CheckpointExport(Path directory, ObjectMapper json) {
        this.directory = directory;
        this.json = json;
    }

    public void publish(PublicKey key) {
        write(directory.resolve("public-key.pem"), key.pem());
        log.info("Audit checkpoints are signed by Ed25519 key {}; its public key is in {}:\n{}", key.keyId(),
                directory.resolve("public-key.pem").toAbsolutePath(), key.pem());
    }

    public void export(Checkpoint checkpoint) {
        try {
            String text = json.writeValueAsString(checkpoint);
            log.info("Audit checkpoint {}: {}", checkpoint.id(), text);
            write(directory.resolve("checkpoint-" + checkpoint.id() + ".json"), text + "\n");
        } catch (IOException e) {
            log.error("Could not write audit checkpoint {} as JSON", checkpoint.id(), e);
        }
    }

    private void write(Path file, String text) {
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, ".checkpoint", ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            log.error("Could not export {} to {}: the copy outside the database is only in the log", file.getFileName(),
                    directory.toAbsolutePath(), e);
        }
    }
}
