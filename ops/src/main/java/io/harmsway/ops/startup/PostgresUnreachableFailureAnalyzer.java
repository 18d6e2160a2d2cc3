package io.harmsway.ops.startup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns "no PostgreSQL" into a short report: what is wrong and what to do. */
public class PostgresUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<PostgresUnreachable> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PostgresUnreachable cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Start PostgreSQL (on Debian: pg_ctlcluster <version> main start), or point the application at a"
                        + " running one with PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE"
                        + " (now " + cause.address() + ", user " + cause.user() + ").",
                cause);
    }
}
