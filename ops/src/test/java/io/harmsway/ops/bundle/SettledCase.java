package io.harmsway.ops.bundle;

import io.harmsway.cases.api.CaseRead;
import io.harmsway.ops.support.Processors;
import io.harmsway.sla.clock.ClockKeeper;
import io.harmsway.ops.support.CaughtUpSweep;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Clock;

import static org.awaitility.Awaitility.await;

/**
 * A case that nothing more is coming to by itself, so that its bundle can be asked for once and
 * again without a 503. A bundle is refused while any stored event of the case is unsealed (reads
 * are left out, not waited for), and the application goes on appending to a case after the answer
 * that changed it: the sla-clocks processor starts its clocks in a transaction of its own, a moment
 * later, and the sweep raises what the moved clock has made due. So, in that order: the processor
 * has handled the case's newest event, no clock of the case needs attention at the test clock's
 * now (the sweep is run here rather than waited for), and every stored event of the case is sealed.
 */
final class SettledCase {

    private final JdbcTemplate jdbc;
    private final StreamingEventProcessor clockKeeper;
    private final CaughtUpSweep sweep;
    private final Clock clock;

    SettledCase(JdbcTemplate jdbc, EventProcessingConfiguration processing, CaughtUpSweep sweep, Clock clock) {
        this.jdbc = jdbc;
        this.clockKeeper = processing.eventProcessor(ClockKeeper.GROUP, StreamingEventProcessor.class).orElseThrow();
        this.sweep = sweep;
        this.clock = clock;
    }

    void awaitSettled(String caseId) {
        long newest = jdbc.queryForObject("select max(global_index) from domain_event_entry where aggregate_identifier = ?",
                Long.class, caseId);
        await().until(() -> Processors.reached(clockKeeper, newest));
        sweep.sweepDue();
        // A scheduled sweep holding one of the case's clocks is skipped by the one above: wait for its commit.
        await().until(() -> jdbc.queryForObject("select count(*) from sla_clock where case_id = ? and next_attention_at <= ?",
                Integer.class, caseId, Timestamp.from(clock.instant())) == 0);
        await().until(() -> jdbc.queryForObject("""
                select count(*) from domain_event_entry e
                where strpos(convert_from(e.payload, 'UTF8'), ?) > 0 and e.payload_type <> ?
                  and not exists (select 1 from audit_seal s where s.global_index = e.global_index)""",
                Integer.class, "\"caseId\":\"" + caseId + "\"", CaseRead.class.getName()) == 0);
    }
}
