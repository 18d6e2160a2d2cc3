package io.harmsway.ops.support;

import org.awaitility.Awaitility;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.time.Duration;

/**
 * Once, before any test runs: say plainly when no PostgreSQL answers, so the cause is not buried
 * in each failing test's stack trace; and give assertions on asynchronous read models time enough
 * on a busy two-core machine (they still pass as soon as the condition holds).
 */
public class TestRunSetup implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
        try {
            FreshDatabase.url();
        } catch (IllegalStateException unreachable) {
            System.err.println("""

                    *** %s ***
                    """.formatted(unreachable.getMessage()));
        }
    }
}
