package io.harmsway.ops.readmodels;

import io.harmsway.cases.api.AllegationCategory;
import io.harmsway.cases.api.CaseTransferred;
import io.harmsway.cases.api.ReferralReceived;
import io.harmsway.cases.api.RiskAssessed;
import io.harmsway.cases.api.RiskGrade;
import io.harmsway.ops.support.MutableClock;
import io.harmsway.query.ReadModels;
import io.harmsway.query.api.DelayAlert;
import io.harmsway.query.api.InboxCase;
import io.harmsway.query.api.TeamAlertsQuery;
import io.harmsway.query.api.TeamInboxQuery;
import io.harmsway.sla.api.SlaClockAcknowledged;
import io.harmsway.sla.api.SlaClockBreached;
import io.harmsway.sla.api.SlaClockEscalated;
import io.harmsway.sla.api.SlaClockFaulted;
import io.harmsway.sla.api.SlaClockMet;
import io.harmsway.sla.api.SlaClockPaused;
import io.harmsway.sla.api.SlaClockStarted;
import io.harmsway.sla.api.SlaClockWarned;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supervisor's inbox on its own: case and clock events in, one row per case out, worst risk
 * to the child first, then the case whose oldest open alert is longest overdue.
 */
class TeamInboxProjectionIntegrationTest {

    private static final Instant REFERRED = Instant.parse("2026-03-02T09:00:00Z");
    private static final MutableClock CLOCK = new MutableClock(REFERRED.plus(Duration.ofDays(30)));
    @RegisterExtension
    static final ReadModelDatabase DATABASE = new ReadModelDatabase(CLOCK);

    private final ReadModel alerts = DATABASE.group(ReadModels.ALERTS);
    private final EventFeed feed = new EventFeed(alerts);

    @Test
    void oneRowPerCaseWithItsOpenBreachesAndWarningsOldestDueFirst() throws Exception {
        refer("case-1", RiskGrade.HIGH);
        breach("case-1", "clock-interview", "suspect-interview", days(7));
        breach("case-1", "clock-medical", "medical", days(2));
        warn("case-1", "clock-account", "child-account", days(10));
        escalate("case-1", "clock-medical", days(3));
        acknowledge("case-1", "clock-medical", days(4));

        assertThat(inbox("north")).singleElement().satisfies(row -> {
            assertThat(row.caseId()).isEqualTo("case-1");
            assertThat(row.riskGrade()).isEqualTo("HIGH");
            assertThat(row.officer()).isEqualTo("ivy");
            assertThat(row.team()).isEqualTo("north");
            assertThat(row.openBreaches()).isEqualTo(2);
            assertThat(row.openWarnings()).isEqualTo(1);
            assertThat(row.mostOverdueDueAt()).isEqualTo(days(2));
            assertThat(row.alerts()).extracting(DelayAlert::clockId)
                    .containsExactly("clock-medical", "clock-interview", "clock-account");
            assertThat(row.alerts()).extracting(DelayAlert::stage).containsExactly("ESCALATED", "BREACHED", "WARNING");
            assertThat(row.alerts().get(0).escalatedTo()).isEqualTo("detective inspector");
            assertThat(row.alerts().get(0).acknowledgedBy()).isEqualTo("sam");
            assertThat(row.alerts().get(0).acknowledgement()).isEqualTo("medical booked");
        });
    }

    @Test
    void worstRiskFirstThenLongestOverdue() throws Exception {
        refer("standard-very-late", RiskGrade.STANDARD);
        refer("high-late", RiskGrade.HIGH);
        refer("high-very-late", RiskGrade.HIGH);
        refer("medium", RiskGrade.MEDIUM);
        breach("standard-very-late", "clock-1", "referral-decision", days(1));
        breach("high-late", "clock-2", "suspect-interview", days(9));
        breach("high-very-late", "clock-3", "suspect-interview", days(12));
        breach("high-very-late", "clock-4", "medical", days(5));
        warn("medium", "clock-5", "suspect-interview", days(8));

        assertThat(inbox("north")).extracting(InboxCase::caseId)
                .containsExactly("high-very-late", "high-late", "medium", "standard-very-late");
    }

    @Test
    void aReassessedRiskReordersTheCases() throws Exception {
        refer("case-1", RiskGrade.STANDARD);
        refer("case-2", RiskGrade.MEDIUM);
        breach("case-1", "clock-1", "suspect-interview", days(3));
        breach("case-2", "clock-2", "suspect-interview", days(5));
        assertThat(inbox("north")).extracting(InboxCase::caseId).containsExactly("case-2", "case-1");

        Instant reassessed = days(6);
        feed.recorded("ivy", reassessed, new RiskAssessed("case-1", RiskGrade.HIGH, RiskGrade.STANDARD,
                "the suspect lives with the child", reassessed));

        List<InboxCase> inbox = inbox("north");
        assertThat(inbox).extracting(InboxCase::caseId).containsExactly("case-1", "case-2");
        assertThat(inbox.get(0).riskGrade()).isEqualTo("HIGH");
        assertThat(inbox.get(0).alerts()).extracting(DelayAlert::riskGrade).containsExactly("HIGH");
    }

    @Test
    void metClocksLeaveTheRowAndACaseWithNoneLeft() throws Exception {
        refer("case-1", RiskGrade.HIGH);
        refer("case-2", RiskGrade.HIGH);
        breach("case-1", "clock-1", "suspect-interview", days(3));
        breach("case-1", "clock-2", "medical", days(4));
        breach("case-2", "clock-3", "medical", days(5));

        met("case-1", "clock-1", days(8));
        met("case-2", "clock-3", days(8));

        assertThat(inbox("north")).singleElement().satisfies(row -> {
            assertThat(row.caseId()).isEqualTo("case-1");
            assertThat(row.openBreaches()).isEqualTo(1);
            assertThat(row.alerts()).extracting(DelayAlert::clockId).containsExactly("clock-2");
            assertThat(row.mostOverdueDueAt()).isEqualTo(days(4));
        });
    }

    /** The per-alert list keeps them; the supervisor's inbox is for what they must act on. */
    @Test
    void pausedBeforeAnyWarningAndFaultedClocksAreNotInTheInbox() throws Exception {
        refer("case-1", RiskGrade.HIGH);
        start("case-1", "clock-1", "suspect-interview", days(7));
        feed.appendedBySla(days(1), new SlaClockPaused("clock-1", "case-1", "suspect-interview", "suspect-1", days(7),
                "the suspect is abroad", "ivy", days(1)));
        feed.appendedBySla(days(2), new SlaClockFaulted("clock-2", "case-1", "retired-rule", "case", null,
                "rule retired-rule v1 is not in the catalogue", days(2)));

        assertThat(inbox("north")).isEmpty();
        assertThat(alerts.ask(new TeamAlertsQuery("north"), DelayAlert.class)).extracting(DelayAlert::stage)
                .containsExactlyInAnyOrder("PAUSED", "FAULTED");
    }

    @Test
    void aTransferMovesTheRowToTheNewTeamNamingTheOfficerWhoHoldsTheCaseNow() throws Exception {
        refer("case-1", RiskGrade.HIGH);
        warn("case-1", "clock-1", "suspect-interview", days(7));
        breach("case-1", "clock-2", "medical", days(2));

        feed.recorded("ivy", days(8), new CaseTransferred("case-1", "south", "ian", days(8)));
        breach("case-1", "clock-3", "child-account", days(4));

        assertThat(inbox("north")).isEmpty();
        assertThat(inbox("south")).singleElement().satisfies(row -> {
            assertThat(row.officer()).isEqualTo("ian");
            assertThat(row.team()).isEqualTo("south");
            assertThat(row.alerts()).extracting(DelayAlert::officer).containsOnly("ian");
            assertThat(row.alerts()).extracting(DelayAlert::clockId).containsExactly("clock-2", "clock-3", "clock-1");
        });
        assertThat(alerts.ask(new TeamAlertsQuery("south"), DelayAlert.class)).extracting(DelayAlert::officer)
                .containsOnly("ian");
    }

    private void refer(String caseId, RiskGrade risk) throws Exception {
        feed.recorded("ivy", REFERRED, new ReferralReceived(caseId, "north", "child-1", 9,
                AllegationCategory.SEXUAL_ABUSE, risk, "phone call to MASH", "school", true, REFERRED));
    }

    private void start(String caseId, String clockId, String ruleId, Instant dueAt) throws Exception {
        feed.appendedBySla(REFERRED.plusSeconds(1), new SlaClockStarted(clockId, caseId, ruleId, 1, ruleId,
                "subject-1", RiskGrade.HIGH, REFERRED, dueAt));
    }

    private void warn(String caseId, String clockId, String ruleId, Instant dueAt) throws Exception {
        start(caseId, clockId, ruleId, dueAt);
        Instant warnedAt = dueAt.minus(Duration.ofDays(1));
        feed.appendedBySla(warnedAt, new SlaClockWarned(clockId, caseId, ruleId, ruleId, "subject-1", 0.75, dueAt,
                "investigator", "ivy", warnedAt));
    }

    private void breach(String caseId, String clockId, String ruleId, Instant dueAt) throws Exception {
        start(caseId, clockId, ruleId, dueAt);
        feed.appendedBySla(dueAt.plusSeconds(30), new SlaClockBreached(clockId, caseId, ruleId, ruleId, "subject-1",
                dueAt, "supervisor", dueAt));
    }

    private void escalate(String caseId, String clockId, Instant at) throws Exception {
        feed.appendedBySla(at, new SlaClockEscalated(clockId, caseId, "medical", "medical", "subject-1", 1,
                "detective inspector", days(2), at));
    }

    private void acknowledge(String caseId, String clockId, Instant at) throws Exception {
        feed.appendedBySla(at, new SlaClockAcknowledged(clockId, caseId, "medical", "subject-1", days(2), "sam",
                "medical booked", at));
    }

    private void met(String caseId, String clockId, Instant at) throws Exception {
        feed.appendedBySla(at, new SlaClockMet(clockId, caseId, "rule", "subject-1", at, at, Duration.ZERO));
    }

    private List<InboxCase> inbox(String team) throws Exception {
        return alerts.ask(new TeamInboxQuery(team), InboxCase.class);
    }

    private static Instant days(int days) {
        return REFERRED.plus(Duration.ofDays(days));
    }
}
