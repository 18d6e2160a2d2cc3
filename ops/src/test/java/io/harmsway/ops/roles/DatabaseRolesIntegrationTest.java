package io.harmsway.ops.roles;

import io.harmsway.ops.support.FreshDatabase;
import io.harmsway.ops.support.IntegrationTestBase;
import io.harmsway.ops.support.Postgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.util.PSQLException;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The application's database role (docs/database-roles.md): it appends events and reads them, and
 * is refused, with PostgreSQL's insufficient_privilege, every statement that would change or remove
 * history or the trigger that guards it; and every table of the schema has a stated policy, so a new
 * one cannot slip in with privileges nobody chose.
 */
class DatabaseRolesIntegrationTest extends IntegrationTestBase {

    private static final String APP = Postgres.APPLICATION.user();
    private static final String OWNER = Postgres.OWNER.user();

    @Test
    void theApplicationConnectsAsItsRoleAndTheMigrationsRanAsTheOwner() {
        assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo(APP);
        assertThat(jdbc.queryForObject("select rolsuper or rolcreaterole or rolcreatedb or rolbypassrls or rolreplication"
                + " from pg_roles where rolname = current_user", Boolean.class)).as("no power beyond logging in").isFalse();
        assertThat(FreshDatabase.asAdministrator().queryForList("select distinct installed_by from flyway_schema_history",
                String.class)).containsExactly(OWNER);
    }

    @Test
    void theApplicationOwnsNothingAndBelongsToNoRole() {
        assertThat(jdbc.queryForObject("select count(*) from pg_class where relowner = (select oid from pg_roles"
                + " where rolname = current_user)", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from pg_namespace where nspowner = (select oid from pg_roles"
                + " where rolname = current_user)", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from pg_auth_members where member = (select oid from pg_roles"
                + " where rolname = current_user)", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from pg_class where relnamespace = 'public'::regnamespace"
                + " and relkind in ('r', 'p') and pg_get_userbyid(relowner) <> ?", Long.class, OWNER))
                .as("every table belongs to the owner").isZero();
    }

    @Test
    void appendsEventsAndReadsThem() {
        long before = events.count();

        String caseId = ivy.openCase("HIGH", clock.instant().minus(Duration.ofHours(1)));

        assertThat(events.countOfCase(caseId)).isPositive();
        assertThat(events.count()).isGreaterThan(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "update domain_event_entry set payload = payload",
            "delete from domain_event_entry",
            "truncate domain_event_entry",
            "alter table domain_event_entry disable trigger domain_event_entry_append_only",
            "alter table domain_event_entry disable trigger all",
            "drop trigger domain_event_entry_append_only on domain_event_entry",
            "create or replace function refuse_event_rewrite() returns trigger language plpgsql as 'begin return new; end'",
            "alter table domain_event_entry add column forged text",
            "alter table domain_event_entry rename to old_events",
            "drop table domain_event_entry",
            "insert into snapshot_event_entry select aggregate_identifier, sequence_number, coalesce(type, 'x'),"
                    + " event_identifier, time_stamp, payload_type, payload_revision, payload, meta_data"
                    + " from domain_event_entry limit 1",
            "update snapshot_event_entry set payload = payload",
            "delete from snapshot_event_entry",
            "truncate snapshot_event_entry",
            "create table forged_events (like domain_event_entry)",
            "create view forged_events as select * from domain_event_entry",
            "create schema forged",
            "set session_replication_role = replica",
            "alter role current_user superuser",
            "alter role current_user bypassrls",
            "create role forger login superuser",
            "delete from flyway_schema_history",
    })
    void isRefused(String statement) {
        String caseId = ivy.openCase("HIGH", clock.instant().minus(Duration.ofHours(1)));
        String before = fingerprintOf(caseId);

        assertThatThrownBy(() -> jdbc.execute(statement)).rootCause().isInstanceOfSatisfying(PSQLException.class,
                refusal -> {
                    assertThat(refusal.getSQLState()).as(refusal.getMessage()).isEqualTo("42501");
                    // The append-only trigger answers 42501 too: the role must be refused before it is reached.
                    assertThat(refusal.getMessage()).containsAnyOf("permission denied", "must be owner", "must be superuser")
                            .doesNotContain("append-only");
                });

        assertThat(fingerprintOf(caseId)).isEqualTo(before);
    }

    /** The case's own events, every column, in order (its clocks' events come asynchronously, so they are left out). */
    private String fingerprintOf(String caseId) {
        return jdbc.queryForObject("""
                select count(*) || ':' || md5(string_agg(md5(e::text), ',' order by global_index))
                from domain_event_entry e where aggregate_identifier = ?""", String.class, caseId);
    }

    @Test
    void cannotBecomeTheOwner() {
        assertThatThrownBy(() -> jdbc.execute("set role " + OWNER)).rootCause()
                .isInstanceOfSatisfying(PSQLException.class, refusal -> assertThat(refusal.getSQLState()).isEqualTo("42501"));
    }

    /** PostgreSQL answers a grant by one who may not grant with a warning, not an error: what counts is that nothing is granted. */
    @Test
    void cannotGrantItselfMore() {
        jdbc.execute("grant all on domain_event_entry, snapshot_event_entry to " + APP);

        assertThat(privileges("domain_event_entry")).containsExactlyInAnyOrder("SELECT", "INSERT");
        assertThat(privileges("snapshot_event_entry")).containsExactly("SELECT");
    }

    /**
     * A table a migration adds must be listed here with its policy, and granted to the application
     * accordingly in that migration (see V11__application_role.sql); the test names what is missing.
     */
    @Test
    void everyTableHasItsStatedPolicy() {
        List<String> tables = jdbc.queryForList("select tablename from pg_tables where schemaname = 'public'", String.class);

        Map<String, Set<String>> actual = new TreeMap<>();
        tables.forEach(table -> actual.put(table, privileges(table)));
        Map<String, Set<String>> stated = new TreeMap<>();
        TablePolicy.OF_EACH_TABLE.forEach((table, policy) -> stated.put(table, policy.privileges()));

        assertThat(actual.keySet()).as("tables with no stated policy in TablePolicy.OF_EACH_TABLE, or stated but gone")
                .containsExactlyInAnyOrderElementsOf(stated.keySet());
        assertThat(actual).as("what the application may do to each table").isEqualTo(stated);
    }

    /** global_index and entry_no are identity columns, which need no privilege on their sequences: none is granted. */
    @Test
    void mayUseNoSequence() {
        assertThat(jdbc.queryForList("""
                select sequencename from pg_sequences where schemaname = 'public'
                  and (has_sequence_privilege(current_user, schemaname || '.' || sequencename, 'USAGE')
                    or has_sequence_privilege(current_user, schemaname || '.' || sequencename, 'UPDATE'))""",
                String.class)).isEmpty();
    }

    private Set<String> privileges(String table) {
        return Arrays.stream(TablePolicy.Privilege.values())
                .filter(privilege -> jdbc.queryForObject("select has_table_privilege(current_user, ?, ?)", Boolean.class,
                        "public." + table, privilege.name()))
                .map(Enum::name)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
