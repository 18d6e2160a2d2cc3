package io.harmsway.ops.readmodels;

import io.harmsway.cases.api.AllegationCategory;
import io.harmsway.cases.api.CaseTransferred;
import io.harmsway.cases.api.ReferralReceived;
import io.harmsway.cases.api.RiskAssessed;
import io.harmsway.cases.api.RiskGrade;
import io.harmsway.ops.support.MutableClock;
import io.harmsway.query.ReadModels;
import io.harmsway.query.api.DelayAlert;
import io.harmsway.query.api.OfficerAlertsQuery;
import io.harmsway.query.api.TeamAlertsQuery;
import io.harmsway.sla.api.SlaClockAcknowledged;
import io.harmsway.sla.api.SlaClockBreached;
import io.harmsway.sla.api.SlaClockEscalated;
import io.harmsway.sla.api.SlaClockFaulted;
import io.harmsway.sla.api.SlaClockMet;
import io.harmsway.sla.api.SlaClockPaused;
import io.harmsway.sla.api.SlaClockResumed;
import io.harmsway.sla.api.SlaClockStarted;
import io.harmsway.sla.api.SlaClockWarned;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The alert inboxes on their own: case and clock events in, the team's and the officer's alerts out. */
class AlertProjectionIntegrationTest {

    private static final Instant REFERRED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant DUE = REFERRED.plus(Duration.ofDays(7));
    private static final String INTERVIEW = "suspect-interview";

    /** Now, for the time paused so far: after every deadline here; only the pause test moves it. */
    private static final MutableClock CLOCK = new MutableClock(DUE.plus(Duration.ofDays(3)));
    @RegisterExtension
    static final ReadModelDatabase DATABASE = new ReadModelDatabase(CLOCK);

    private final ReadModel alerts = DATABASE.group(ReadModels.ALERTS);
    private final EventFeed feed = new EventFeed(alerts);

    @Test
    void aWarningReachesTheTeamWithTheCasesRiskAndOfficerWithoutTheCaseList() throws Exception {
        refer("case-1", "north", RiskGrade.HIGH, "ivy");
        start("case-1", "clock-1");
        Instant warnedAt = DUE.minus(Duration.ofDays(3));
        feed.appendedBySla(warnedAt.plusSeconds(20), new SlaClockWarned("clock-1", "case-1", INTERVIEW,
                "Interview the suspect", "suspect-1", 0.5, DUE, "investigator", "ivy", warnedAt));

        assertThat(team("north")).singleElement().satisfies(alert -> {
            assertThat(alert.stage()).isEqualTo("WARNING");
            assertThat(alert.caseId()).isEqualTo("case-1");
            assertThat(alert.riskGrade()).isEqualTo("HIGH");
            assertThat(alert.officer()).isEqualTo("ivy");
            assertThat(alert.warningFraction()).isEqualTo(0.5);
            assertThat(alert.dueAt()).isEqualTo(DUE);
            assertThat(alert.raisedAt()).isEqualTo(warnedAt.plusSeconds(20));
        });
        assertThat(DATABASE.count("case_summary")).as("the case list saw none of it").isZero();
    }

    /** A pause shows on the warning it interrupts; the resumption leaves the warning standing. */
    @Test
    void aWarnedClockPausedAndResumedKeepsItsWarning() throws Exception {
        refer("case-1", "north", RiskGrade.HIGH, "ivy");
        start("case-1", "clock-1");
        Instant warnedAt = DUE.minus(Duration.ofDays(3));
        Instant paused = warnedAt.plus(Duration.ofHours(1));
        Instant resumed = paused.plus(Duration.ofHours(2));
        feed.appendedBySla(warnedAt, new SlaClockWarned("clock-1", "case-1", INTERVIEW,
                "Interview the suspect", "suspect-1", 0.5, DUE, "investigator", "ivy", warnedAt));
        feed.appendedBySla(paused, new SlaClockPaused("clock-1", "case-1", INTERVIEW, "suspect-1", DUE,
                "the suspect is abroad", "ivy", paused));

        assertThat(team("north")).singleElement().satisfies(alert -> {
            assertThat(alert.stage()).isEqualTo("WARNING");
            assertThat(alert.paused()).isTrue();
        });

        feed.appendedBySla(resumed, new SlaClockResumed("clock-1", "case-1", INTERVIEW, "suspect-1", DUE,
                DUE.plus(Duration.ofHours(2)), Duration.ofHours(2), "the suspect is back", "ivy", resumed));

        assertThat(team("north")).singleElement().satisfies(alert -> {
            assertThat(alert.stage()).isEqualTo("WARNING");
            assertThat(alert.paused()).isFalse();
            assertThat(alert.warningFraction()).isEqualTo(0.5);
            assertThat(alert.dueAt()).isEqualTo(DUE.plus(Duration.ofHours(2)));
        });
    }

    @Test
    void theInvestigatorsInboxFollowsATransfer() throws Exception {
        refer("case-1", "north", RiskGrade.MEDIUM, "ivy");
        start("case-1", "clock-1");
        breach("case-1", "clock-1");
        assertThat(officer("ivy")).extracting(DelayAlert::clockId).containsExactly("clock-1");

        feed.recorded("ivy", DUE.plus(Duration.ofDays(1)),
                new CaseTransferred("case-1", "south", "ian", DUE.plus(Duration.ofDays(1))));

        assertThat(officer("ivy")).isEmpty();
        assertThat(officer("ian")).extracting(DelayAlert::clockId).containsExactly("clock-1");
        assertThat(team("north")).isEmpty();
        assertThat(team("south")).extracting(DelayAlert::team).containsExactly("south");
    }

    @Test
    void aReassessedRiskPutsItsCaseFirst() throws Exception {
        refer("case-1", "north", RiskGrade.STANDARD, "ivy");
        refer("case-2", "north", RiskGrade.MEDIUM, "ivy");
        start("case-1", "clock-1");
        start("case-2", "clock-2");
        breach("case-1", "clock-1");
        breach("case-2", "clock-2");
        assertThat(team("north")).extracting(DelayAlert::clockId).containsExactly("clock-2", "clock-1");

        Instant reassessed = DUE.plus(Duration.ofHours(2));
        feed.recorded("ivy", reassessed, new RiskAssessed("case-1", RiskGrade.HIGH, RiskGrade.STANDARD,
                "the suspect lives with the child", reassessed));

        assertThat(team("north")).extracting(DelayAlert::clockId).containsExactly("clock-1", "clock-2");
        assertThat(team("north").get(0).riskGrade()).isEqualTo("HIGH");
    }

    @Test
    void pausedTimeCountsTheEndedPausesAndTheOpenOneUpToNow() throws Exception {
        refer("case-1", "north", RiskGrade.HIGH, "ivy");
        start("case-1", "clock-1");
        breach("case-1", "clock-1");
        Instant firstPause = CLOCK.instant();
        Instant resumed = firstPause.plus(Duration.ofHours(2));
        Instant secondPause = resumed.plus(Duration.ofHours(1));
        feed.appendedBySla(firstPause, new SlaClockPaused("clock-1", "case-1", INTERVIEW, "suspect-1", DUE,
                "the suspect is abroad", "ivy", firstPause));
        feed.appendedBySla(resumed, new SlaClockResumed("clock-1", "case-1", INTERVIEW, "suspect-1", DUE,
                DUE.plus(Duration.ofHours(2)), Duration.ofHours(2), "the suspect is back", "ivy", resumed));
        feed.appendedBySla(secondPause, new SlaClockPaused("clock-1", "case-1", INTERVIEW, "suspect-1",
                DUE.plus(Duration.ofHours(2)), "the child is in hospital", "ivy", secondPause));
        CLOCK.advance(Duration.ofHours(6));

        assertThat(team("north")).singleElement().satisfies(alert -> {
            assertThat(alert.stage()).isEqualTo("BREACHED");
            assertThat(alert.paused()).isTrue();
            assertThat(alert.pausedSince()).isEqualTo(secondPause);
            assertThat(alert.pauseReason()).isEqualTo("the child is in hospital");
            assertThat(alert.pausedFor()).isEqualTo(Duration.ofHours(5));
            assertThat(alert.dueAt()).isEqualTo(DUE.plus(Duration.ofHours(2)));
        });
    }

    @Test
    void anEscalatedBreachShowsItsStepAndTheAcknowledgedPlan() throws Exception {
        refer("case-1", "north", RiskGrade.HIGH, "ivy");
        start("case-1", "clock-1");
        breach("case-1", "clock-1");
        Instant escalated = DUE.plus(Duration.ofDays(1));
        feed.appendedBySla(escalated, new SlaClockEscalated("clock-1", "case-1", INTERVIEW, "Interview the suspect",
                "suspect-1", 1, "detective inspector", DUE, escalated));
        Instant acknowledged = escalated.plus(Duration.ofHours(1));
        feed.appendedBySla(acknowledged, new SlaClockAcknowledged("clock-1", "case-1", INTERVIEW, "suspect-1", DUE,
                "sam", "interview booked for Monday", acknowledged));

        assertThat(team("north")).singleElement().satisfies(alert -> {
            assertThat(alert.stage()).isEqualTo("ESCALATED");
            assertThat(alert.escalationLevel()).isEqualTo(1);
            assertThat(alert.escalatedTo()).isEqualTo("detective inspector");
            assertThat(alert.notifyRole()).isEqualTo("detective inspector");
            assertThat(alert.escalatedAt()).isEqualTo(escalated);
            assertThat(alert.acknowledgedBy()).isEqualTo("sam");
            assertThat(alert.acknowledgedAt()).isEqualTo(acknowledged);
            assertThat(alert.acknowledgement()).isEqualTo("interview booked for Monday");
        });
    }

    @Test
    void aMetClockLeavesBothInboxes() throws Exception {
        refer("case-1", "north", RiskGrade.HIGH, "ivy");
        start("case-1", "clock-1");
        breach("case-1", "clock-1");
        Instant interviewed = DUE.plus(Duration.ofDays(2));

        feed.appendedBySla(interviewed, new SlaClockMet("clock-1", "case-1", INTERVIEW, "suspect-1", DUE, interviewed,
                Duration.ofDays(2)));

        assertThat(team("north")).isEmpty();
        assertThat(officer("ivy")).isEmpty();
    }

    @Test
    void aFaultedClockWithNoDueDateIsShownFromWhenItWasFound() throws Exception {
        refer("case-1", "north", RiskGrade.HIGH, "ivy");
        Instant found = REFERRED.plus(Duration.ofDays(1));

        feed.appendedBySla(found, new SlaClockFaulted("clock-1", "case-1", "retired-rule", "case", null,
                "rule retired-rule v1 is not in the catalogue", found));

        assertThat(team("north")).singleElement().satisfies(alert -> {
            assertThat(alert.stage()).isEqualTo("FAULTED");
            assertThat(alert.dueAt()).isEqualTo(found);
        });
    }

    private void refer(String caseId, String team, RiskGrade risk, String officer) throws Exception {
        feed.recorded(officer, REFERRED, new ReferralReceived(caseId, team, "child-1", 9,
                AllegationCategory.SEXUAL_ABUSE, risk, "phone call to MASH", "school", true, REFERRED));
    }

    private void start(String caseId, String clockId) throws Exception {
        feed.appendedBySla(REFERRED.plusSeconds(1), new SlaClockStarted(clockId, caseId, INTERVIEW, 1,
                "Interview the suspect", "suspect-1", RiskGrade.HIGH, REFERRED, DUE));
    }

    private void breach(String caseId, String clockId) throws Exception {
        feed.appendedBySla(DUE.plus(Duration.ofMinutes(5)), new SlaClockBreached(clockId, caseId, INTERVIEW,
                "Interview the suspect", "suspect-1", DUE, "supervisor", DUE));
    }

    private List<DelayAlert> team(String team) throws Exception {
        return alerts.ask(new TeamAlertsQuery(team), DelayAlert.class);
    }

    private List<DelayAlert> officer(String officer) throws Exception {
        return alerts.ask(new OfficerAlertsQuery(officer), DelayAlert.class);
    }
}
