package io.harmsway.ops.audit;

import io.harmsway.ops.support.FreshDatabase;
import io.harmsway.ops.support.Postgres;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The attacker: the PostgreSQL superuser on one session of its own, who can switch off any
 * trigger ({@code ALTER TABLE ... DISABLE TRIGGER}) and rewrite what it likes. Every attack is
 * one transaction that disables the table's trigger, changes rows and enables it again.
 */
final class Superuser implements AutoCloseable {

    private final SingleConnectionDataSource session =
            new SingleConnectionDataSource(FreshDatabase.url(), Postgres.USER, Postgres.PASSWORD, true);
    final JdbcTemplate sql = new JdbcTemplate(session);

    /** Runs the statements with the append-only triggers of the event store and the seal tables off. */
    void withoutTriggers(String statements) {
        sql.execute("""
                begin;
                alter table domain_event_entry disable trigger domain_event_entry_append_only;
                alter table audit_seal disable trigger audit_seal_append_only;
                %s;
                alter table domain_event_entry enable trigger domain_event_entry_append_only;
                alter table audit_seal enable trigger audit_seal_append_only;
                commit;""".formatted(statements));
    }

    @Override
    public void close() {
        session.destroy();
    }
}
