package io.harmsway.ops.audit;

import io.harmsway.audit.api.EventLeaf;
import io.harmsway.audit.api.TreeHash;
import io.harmsway.ops.support.FreshDatabase;
import io.harmsway.ops.support.IntegrationTestBase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Every event sealed in global order, each seal depending on all before it; a gap left by a
 * transaction still open holds sealing back until it commits, and the late event takes its place
 * in order; the seal tables refuse to be rewritten.
 */
class SealingIntegrationTest extends IntegrationTestBase {

    @Test
    void everyEventIsSealedInGlobalOrderWithItsLeafAndTheChainOfAllBefore() {
        ivy.openCase("HIGH", clock.instant().minus(Duration.ofHours(1)));
        new Integrity(null, jdbc).awaitAllSealed();

        List<Object[]> seals = jdbc.query("""
                select s.leaf_index, s.global_index, s.leaf_hash, s.chain_hash, e.event_identifier, e.aggregate_identifier,
                       e.sequence_number, e.type, e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.meta_data
                from audit_seal s join domain_event_entry e on e.global_index = s.global_index order by s.leaf_index""",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getBytes(3), rs.getBytes(4),
                        new EventLeaf(rs.getString(5), rs.getString(6), rs.getLong(7), rs.getString(8), rs.getString(9),
                                rs.getString(10), rs.getString(11), rs.getBytes(12), rs.getBytes(13)).hash()});
        assertThat(seals).hasSize(jdbc.queryForObject("select count(*) from domain_event_entry", Integer.class));
        byte[] chain = TreeHash.chainStart();
        long previousIndex = 0;
        for (int leaf = 0; leaf < seals.size(); leaf++) {
            Object[] seal = seals.get(leaf);
            assertThat((long) seal[0]).isEqualTo(leaf);
            assertThat((long) seal[1]).as("global order").isGreaterThan(previousIndex);
            assertThat((byte[]) seal[2]).as("leaf %d", leaf).isEqualTo((byte[]) seal[4]);
            chain = TreeHash.chain(chain, (byte[]) seal[2]);
            assertThat((byte[]) seal[3]).isEqualTo(chain);
            previousIndex = (long) seal[1];
        }
    }

    @Test
    void anEventCommittedLateIsWaitedForAndSealedInItsPlace() throws Exception {
        String caseId = ivy.openCase("HIGH", clock.instant().minus(Duration.ofHours(1)));
        Integrity integrity = new Integrity(null, jdbc);
        integrity.awaitAllSealed();
        try (Superuser slowWriter = new Superuser()) {
            Connection connection = slowWriter.sql.getDataSource().getConnection();
            connection.setAutoCommit(false);
            long late;
            try (Statement insert = connection.createStatement();
                 ResultSet taken = insert.executeQuery(lateNote(caseId) + " returning global_index")) {
                taken.next();
                late = taken.getLong(1);
            }
            String later = ivy.openCase("MEDIUM", clock.instant().minus(Duration.ofMinutes(30)));
            long laterIndex = jdbc.queryForObject(
                    "select global_index from domain_event_entry where aggregate_identifier = ? and sequence_number = 0",
                    Long.class, later);
            assertThat(laterIndex).isGreaterThan(late);

            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() ->
                    jdbc.queryForObject("select coalesce(max(global_index), 0) from audit_seal", Long.class) < late);

            connection.commit();
            connection.setAutoCommit(true);
            integrity.awaitAllSealed();
            long lateLeaf = jdbc.queryForObject("select leaf_index from audit_seal where global_index = ?", Long.class, late);
            long laterLeaf = jdbc.queryForObject("select leaf_index from audit_seal where global_index = ?", Long.class,
                    laterIndex);
            assertThat(lateLeaf).isLessThan(laterLeaf);
        }
    }

    @Test
    void aGapLeftByARolledBackAppendIsPassedOver() throws Exception {
        String caseId = ivy.openCase("HIGH", clock.instant().minus(Duration.ofHours(1)));
        long gap;
        // The index the insert took, read back from it: a clock event appended meanwhile may take max + 1.
        try (Superuser failedWriter = new Superuser(); Connection connection = failedWriter.sql.getDataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (Statement insert = connection.createStatement();
                 ResultSet taken = insert.executeQuery(lateNote(caseId) + " returning global_index")) {
                taken.next();
                gap = taken.getLong(1);
            }
            connection.rollback();
            connection.setAutoCommit(true);
        }
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where global_index = ?", Long.class, gap))
                .as("rolled back").isZero();
        String later = ivy.openCase("MEDIUM", clock.instant().minus(Duration.ofMinutes(30)));
        new Integrity(null, jdbc).awaitAllSealed();

        assertThat(jdbc.queryForObject("select count(*) from audit_seal where global_index = ?", Long.class, gap)).isZero();
        assertThat(jdbc.queryForObject("select min(s.global_index) from audit_seal s join domain_event_entry e"
                + " on e.global_index = s.global_index where e.aggregate_identifier = ?", Long.class, later))
                .isGreaterThan(gap);
    }

    @Test
    void theSealTablesRefuseUpdateDeleteAndTruncate() {
        ivy.openCase("HIGH", clock.instant().minus(Duration.ofHours(1)));
        new Integrity(null, jdbc).awaitAllSealed();
        byte[] before = jdbc.queryForObject("select leaf_hash from audit_seal where leaf_index = 0", byte[].class);

        // The application's role is refused by its grants (V12: select and insert only) before any trigger runs;
        // the superuser, whom no grant stops, by the tables' triggers.
        for (String statement : List.of("update audit_seal set leaf_hash = chain_hash where leaf_index = 0",
                "delete from audit_seal where leaf_index = 0", "truncate audit_seal", "delete from audit_tree_head")) {
            assertThatThrownBy(() -> jdbc.execute(statement)).as(statement).rootCause()
                    .hasMessageContaining("permission denied for table audit_");
        }
        JdbcTemplate superuser = FreshDatabase.asAdministrator();
        assertThatThrownBy(() -> superuser.update("update audit_seal set leaf_hash = chain_hash where leaf_index = 0"))
                .rootCause().hasMessageContaining("the audit seals are append-only: UPDATE");
        assertThatThrownBy(() -> superuser.update("delete from audit_seal where leaf_index = 0"))
                .rootCause().hasMessageContaining("the audit seals are append-only: DELETE");
        assertThatThrownBy(() -> superuser.execute("truncate audit_seal"))
                .rootCause().hasMessageContaining("the audit seals are append-only: TRUNCATE");
        assertThatThrownBy(() -> superuser.update("delete from audit_tree_head"))
                .rootCause().hasMessageContaining("the audit seals are append-only: DELETE");
        assertThat(Arrays.equals(before, jdbc.queryForObject("select leaf_hash from audit_seal where leaf_index = 0",
                byte[].class))).isTrue();
    }

    private String lateNote(String caseId) {
        return """
                insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                                                payload_type, payload_revision, payload, meta_data)
                values ('%s', '%s', 1, 'CaseFile', '%s', 'io.harmsway.cases.api.NoteAdded', '1',
                        convert_to('{"caseId":"%s","text":"written in a long transaction","occurredAt":"%s"}', 'UTF8'),
                        convert_to('{"actor":"ivy"}', 'UTF8'))"""
                .formatted(UUID.randomUUID(), caseId, clock.instant(), caseId, clock.instant().minusSeconds(600));
    }
}
