package io.harmsway.ops.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before any test runs, says plainly when no PostgreSQL answers, so the cause is not buried in
 * each failing test's stack trace.
 */
public class PostgresCheck implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        try {
            FreshDatabase.url();
        } catch (IllegalStateException unreachable) {
            System.err.println("""

                    *** %s ***
                    """.formatted(unreachable.getMessage()));
        }
    }
}
