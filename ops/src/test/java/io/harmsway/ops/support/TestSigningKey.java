package io.harmsway.ops.support;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The audit checkpoints' signing key for the test run: an Ed25519 key made for the run (a key is
 * configured, never kept in the repository), and a directory of the run's own for the exported
 * checkpoints, so that no test run writes into the working tree or reads another's copies.
 */
public class TestSigningKey implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String PRIVATE_KEY = generate();
    private static final Path EXPORT_DIR = exportDir();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                "harmsway.audit.signing-key=" + PRIVATE_KEY,
                "harmsway.audit.export-dir=" + EXPORT_DIR);
    }

    private static String generate() {
        try {
            return Base64.getEncoder().encodeToString(
                    KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate().getEncoded());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK from 15 on has Ed25519", e);
        }
    }

    private static Path exportDir() {
        try {
            return Files.createTempDirectory("harmsway-test-checkpoints");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
