package io.harmsway.ops.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.audit.api.EventLeaf;
import io.harmsway.audit.api.TreeHash;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.IntegrationTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attacker is the PostgreSQL superuser: switches the append-only trigger off and changes the
 * store behind the application's back. Each attack is detected against a checkpoint the auditor
 * took before and kept outside the database, names the first event that no longer matches and
 * what kind of change it is, and says since when the store cannot be trusted. Each attack is
 * undone afterwards, and the store verifies again, which shows the verdict was the attack's.
 */
class TamperingIntegrationTest extends IntegrationTestBase {

    private Integrity integrity;
    private Superuser attacker;
    private String caseId;

    @BeforeEach
    void aCaseWithAHistoryAndAnOutsideCheckpoint() {
        integrity = new Integrity(Api.as(http, "ada"), jdbc, processing);
        attacker = new Superuser();
        Instant now = clock.instant();
        caseId = ivy.openCase("HIGH", now.minus(Duration.ofHours(2)));
        ivy.identifySuspect(caseId, now.minus(Duration.ofHours(1)));
        note("the child's school was told");
        integrity.awaitAllSealed();
    }

    @AfterEach
    void closeTheAttackersSession() {
        attacker.close();
    }

    @Test
    void anUntouchedStoreVerifiesAgainstTheOutsideCheckpoint() {
        String outside = integrity.checkpoint();
        JsonNode report = integrity.verify(outside);
        assertThat(report.get("intact").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.get("firstBadEvent").isNull()).isTrue();
        assertThat(report.at("/suppliedCheckpoint/signatureValid").asBoolean()).isTrue();
        assertThat(report.at("/suppliedCheckpoint/matches").asBoolean()).isTrue();
        assertThat(report.get("eventsRead").asLong()).isEqualTo(count("domain_event_entry"));
    }

    @Test
    void aChangedPayloadIsNamedAsAltered() {
        long referral = eventOf(0);
        String original = hex("payload", referral);
        String outside = integrity.checkpoint();

        attacker.withoutTriggers("update domain_event_entry set payload = convert_to(replace(convert_from(payload, 'UTF8'),"
                + " 'HIGH', 'STANDARD'), 'UTF8') where global_index = " + referral);
        JsonNode report = integrity.verify(outside);
        attacker.withoutTriggers("update domain_event_entry set payload = decode('" + original + "', 'hex') where global_index = " + referral);

        assertFirstBad(report, referral, "ALTERED");
        assertVerifiesAgain(outside);
    }

    @Test
    void aChangedRecordedTimeIsNamedAsAltered() {
        long suspect = eventOf(1);
        String original = jdbc.queryForObject("select time_stamp from domain_event_entry where global_index = ?",
                String.class, suspect);
        String outside = integrity.checkpoint();

        attacker.withoutTriggers("update domain_event_entry set time_stamp = '2026-01-01T00:00:00Z' where global_index = " + suspect);
        JsonNode report = integrity.verify(outside);
        attacker.withoutTriggers("update domain_event_entry set time_stamp = '" + original + "' where global_index = " + suspect);

        assertFirstBad(report, suspect, "ALTERED");
        assertVerifiesAgain(outside);
    }

    @Test
    void aDeletedEventIsNamedAsRemoved() {
        long suspect = eventOf(1);
        String eventId = eventIdentifier(suspect);
        String outside = integrity.checkpoint();

        attacker.withoutTriggers("create temp table deleted as select * from domain_event_entry where global_index = " + suspect
                + "; delete from domain_event_entry where global_index = " + suspect);
        JsonNode report = integrity.verify(outside);
        attacker.withoutTriggers("insert into domain_event_entry select * from deleted; drop table deleted");

        assertFirstBad(report, suspect, "REMOVED");
        assertThat(report.at("/firstBadEvent/eventIdentifier").isNull()).as("the row is gone").isTrue();
        assertThat(eventIdentifier(suspect)).isEqualTo(eventId);
        assertVerifiesAgain(outside);
    }

    /**
     * Inserted before the first event (global index 0, which the store never hands out): below
     * the sealed head, where no processor reads again. (A gap in the middle is the same to the
     * verifier, but a processor still watching that gap would take the forged note into its read
     * model, and keep it after the test undoes the attack.)
     */
    @Test
    void anEventInsertedBelowTheSealedHeadIsNamedAsInserted() {
        String outside = integrity.checkpoint();

        attacker.withoutTriggers(insertNote(0, 99));
        JsonNode report = integrity.verify(outside);
        attacker.withoutTriggers("delete from domain_event_entry where global_index = 0");

        assertFirstBad(report, 0, "INSERTED");
        assertThat(report.at("/firstBadEvent/leafIndex").isNull()).as("never sealed").isTrue();
        assertVerifiesAgain(outside);
    }

    @Test
    void twoSwappedEventsAreNamedAsReordered() {
        long first = eventOf(0);
        long second = eventOf(1);
        String outside = integrity.checkpoint();
        String swap = "update domain_event_entry set global_index = -1 where global_index = %d; "
                + "update domain_event_entry set global_index = %d where global_index = %d; "
                + "update domain_event_entry set global_index = %d where global_index = -1";

        attacker.withoutTriggers(swap.formatted(first, first, second, second));
        JsonNode report = integrity.verify(outside);
        attacker.withoutTriggers(swap.formatted(first, first, second, second));

        assertFirstBad(report, first, "REORDERED");
        assertThat(report.get("findings").findValuesAsText("kind")).containsOnly("REORDERED");
        assertVerifiesAgain(outside);
    }

    /**
     * The thorough attacker rewrites the event and its seal, and every chain hash after it, so the
     * seal table agrees with the store again; only the signed heads, which need the key, still
     * tell, and the outside checkpoint.
     */
    @Test
    void anEventRewrittenWithItsSealsIsFoundByTheSignedHeads() {
        long note = note("to be rewritten");
        integrity.awaitAllSealed();
        long leaf = jdbc.queryForObject("select leaf_index from audit_seal where global_index = ?", Long.class, note);
        assertThat(count("audit_tree_head where tree_size = " + leaf)).as("a head was signed just before it").isPositive();
        String outside = integrity.checkpoint();
        String originalPayload = hex("payload", note);
        List<Object[]> originalSeals = jdbc.query(
                "select leaf_index, encode(leaf_hash, 'hex'), encode(chain_hash, 'hex') from audit_seal where leaf_index >= ? order by leaf_index",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)}, leaf);

        attacker.withoutTriggers("update domain_event_entry set payload = convert_to(replace(convert_from(payload, 'UTF8'),"
                + " 'to be rewritten', 'nothing to note'), 'UTF8') where global_index = " + note);
        attacker.withoutTriggers(String.join(";\n", resealedFrom(leaf)));
        JsonNode report = integrity.verify(outside);
        List<String> restore = new ArrayList<>();
        restore.add("update domain_event_entry set payload = decode('" + originalPayload + "', 'hex') where global_index = " + note);
        originalSeals.forEach(seal -> restore.add("update audit_seal set leaf_hash = decode('%s', 'hex'), chain_hash = decode('%s', 'hex') where leaf_index = %d"
                .formatted(seal[1], seal[2], seal[0])));
        attacker.withoutTriggers(String.join(";\n", restore));

        assertThat(report.get("sealTableProblem").isNull()).as("the seals agree with the rewritten store").isTrue();
        assertThat(report.get("findings")).as("every row matches its (rewritten) seal").isEmpty();
        assertFirstBad(report, note, "ALTERED");
        assertThat(report.at("/firstBadEvent/detail").asText()).contains("seals were rewritten");
        assertVerifiesAgain(outside);
    }

    private void assertFirstBad(JsonNode report, long globalIndex, String kind) {
        assertThat(report.get("intact").asBoolean()).as(report.toString()).isFalse();
        assertThat(report.at("/firstBadEvent/globalIndex").asLong()).as(report.toString()).isEqualTo(globalIndex);
        assertThat(report.at("/firstBadEvent/kind").asText()).as(report.toString()).isEqualTo(kind);
        assertThat(report.at("/suppliedCheckpoint/signatureValid").asBoolean()).isTrue();
        assertThat(report.at("/suppliedCheckpoint/matches").asBoolean()).as("the outside copy no longer matches").isFalse();
        if (globalIndex > 0) {
            assertThat(report.at("/lastGoodCheckpoint/treeSize").asLong()).as("proven good up to before the change")
                    .isLessThanOrEqualTo(leafOrNext(globalIndex));
            assertThat(report.get("untrustworthySince").asText()).as("since the last good signed head")
                    .isEqualTo(report.at("/lastGoodCheckpoint/time").asText());
        } else {
            assertThat(report.get("lastGoodCheckpoint").isNull()).as("nothing before the first event to prove").isTrue();
            assertThat(report.get("untrustworthySince").isNull()).as("untrustworthy from its first event").isTrue();
        }
    }

    private void assertVerifiesAgain(String outside) {
        JsonNode again = integrity.verify(outside);
        assertThat(again.get("intact").asBoolean()).as(again.toString()).isTrue();
    }

    /** The seals the attacker writes: the rewritten event's leaf, and the chain from there on. */
    private List<String> resealedFrom(long leaf) {
        byte[] chain = leaf == 0 ? TreeHash.chainStart() : jdbc.queryForObject(
                "select chain_hash from audit_seal where leaf_index = ?", byte[].class, leaf - 1);
        List<String> statements = new ArrayList<>();
        for (Object[] seal : jdbc.query("""
                select s.leaf_index, e.event_identifier, e.aggregate_identifier, e.sequence_number, e.type, e.time_stamp,
                       e.payload_type, e.payload_revision, e.payload, e.meta_data
                from audit_seal s join domain_event_entry e on e.global_index = s.global_index
                where s.leaf_index >= ? order by s.leaf_index""", (rs, n) -> new Object[] {rs.getLong(1),
                new EventLeaf(rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getBytes(9), rs.getBytes(10)).hash()}, leaf)) {
            byte[] leafHash = (byte[]) seal[1];
            chain = TreeHash.chain(chain, leafHash);
            statements.add("update audit_seal set leaf_hash = decode('%s', 'hex'), chain_hash = decode('%s', 'hex') where leaf_index = %d"
                    .formatted(TreeHash.hex(leafHash), TreeHash.hex(chain), (Long) seal[0]));
        }
        return statements;
    }

    private long note(String text) {
        ivy.post("/api/cases/" + caseId + "/notes", "{\"text\": \"%s\", \"occurredAt\": \"%s\"}".formatted(text,
                clock.instant().minusSeconds(60)));
        return jdbc.queryForObject("select max(global_index) from domain_event_entry where aggregate_identifier = ?",
                Long.class, caseId);
    }

    private String insertNote(long globalIndex, long sequence) {
        String payload = "{\"caseId\":\"%s\",\"text\":\"never recorded by anyone\",\"occurredAt\":\"%s\"}"
                .formatted(caseId, clock.instant().minusSeconds(3600));
        return """
                insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number, type,
                                                time_stamp, payload_type, payload_revision, payload, meta_data)
                values (%d, '%s', '%s', %d, 'CaseFile', '%s', 'io.harmsway.cases.api.NoteAdded', '1',
                        convert_to('%s', 'UTF8'), convert_to('{"actor":"ivy"}', 'UTF8'))"""
                .formatted(globalIndex, UUID.randomUUID(), caseId, sequence, clock.instant().minusSeconds(3000), payload);
    }

    private long eventOf(long sequence) {
        return jdbc.queryForObject("select global_index from domain_event_entry where aggregate_identifier = ? and sequence_number = ?",
                Long.class, caseId, sequence);
    }

    private String eventIdentifier(long globalIndex) {
        return jdbc.queryForObject("select event_identifier from domain_event_entry where global_index = ?", String.class,
                globalIndex);
    }

    private String hex(String column, long globalIndex) {
        return jdbc.queryForObject("select encode(" + column + ", 'hex') from domain_event_entry where global_index = ?",
                String.class, globalIndex);
    }

    /** The leaf the global index was sealed as, or for one never sealed, the number of leaves below it. */
    private long leafOrNext(long globalIndex) {
        return jdbc.queryForObject("select count(*) from audit_seal where global_index < ?", Long.class, globalIndex);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
