package io.harmsway.ops.processing;

import io.harmsway.cases.api.NoteAdded;
import io.harmsway.cases.api.ReferralReceived;
import io.harmsway.sla.clock.ClockKeeper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for a release with a bug, beside the real clock keeper in its processing group: for a
 * referral whose reporter a test has named, it does half its work (a row in
 * {@value #WORK_TABLE}, an event published) and then fails, until the test repairs it, as a fixed
 * release would. Every other event passes through untouched, so the other tests never notice it.
 * The state is static because a test may start a second application node, which scans this class too.
 */
@Component
@ProcessingGroup(ClockKeeper.GROUP)
public class FaultyRelease {

    /**
     * In a schema of its own, as the release's own migration would grant it to the application: the
     * product's schema holds only the product's tables, each with its stated policy.
     */
    static final String WORK_SCHEMA = "faulty_release";
    static final String WORK_TABLE = WORK_SCHEMA + ".work";

    private static final Set<String> BROKEN_FOR_REPORTERS = ConcurrentHashMap.newKeySet();

    private final JdbcTemplate jdbc;
    private final EventBus eventBus;

    public FaultyRelease(JdbcTemplate jdbc, EventBus eventBus) {
        this.jdbc = jdbc;
        this.eventBus = eventBus;
    }

    static void breakFor(String reporter) {
        BROKEN_FOR_REPORTERS.add(reporter);
    }

    static void repair(String reporter) {
        BROKEN_FOR_REPORTERS.remove(reporter);
    }

    @EventHandler
    void on(ReferralReceived referral) {
        // A referral need not say who reported it, and a concurrent set cannot be asked about null.
        if (referral.reportedBy() == null || !BROKEN_FOR_REPORTERS.contains(referral.reportedBy())) {
            return;
        }
        jdbc.update("insert into " + WORK_TABLE + " (case_id) values (?)", referral.caseId());
        eventBus.publish(GenericEventMessage.asEventMessage(
                new NoteAdded(referral.caseId(), "half the work of a handler that then failed", referral.occurredAt())));
        throw new IllegalStateException("this release cannot handle a referral reported by " + referral.reportedBy());
    }
}
