package io.harmsway.ops.readmodels;

import io.harmsway.cases.api.AllegationCategory;
import io.harmsway.cases.api.CaseClosed;
import io.harmsway.cases.api.CaseTransferred;
import io.harmsway.cases.api.ReferralReceived;
import io.harmsway.cases.api.RiskGrade;
import io.harmsway.ops.support.MutableClock;
import io.harmsway.query.ReadModels;
import io.harmsway.query.api.BreachHistory;
import io.harmsway.query.api.BreachHistory.AcknowledgementTimes;
import io.harmsway.query.api.BreachHistory.Band;
import io.harmsway.query.api.OfficerWorkload;
import io.harmsway.query.api.OpenBreaches;
import io.harmsway.query.api.OpenBreaches.Tally;
import io.harmsway.query.api.TeamBreachHistoryQuery;
import io.harmsway.query.api.TeamOpenBreachesQuery;
import io.harmsway.query.api.TeamWorkloadQuery;
import io.harmsway.sla.api.SlaClockAcknowledged;
import io.harmsway.sla.api.SlaClockBreached;
import io.harmsway.sla.api.SlaClockEscalated;
import io.harmsway.sla.api.SlaClockMet;
import io.harmsway.sla.api.SlaClockStarted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team dashboard's figures on their own: events in, figures out, with numbers known in advance.
 * "Now" is Wednesday 1 April 2026, 12:00 in London (British Summer Time since Sunday 29 March), so the
 * last four weeks start on Mondays 9, 16, 23 and 30 March.
 */
class TeamDashboardFiguresIntegrationTest {

    private static final Instant NOW = Instant.parse("2026-04-01T11:00:00Z");
    private static final Instant REFERRED = Instant.parse("2026-03-01T09:00:00Z");
    @RegisterExtension
    static final ReadModelDatabase DATABASE = new ReadModelDatabase(new MutableClock(NOW));

    private final ReadModel history = DATABASE.group(ReadModels.BREACH_HISTORY);
    private final ReadModel alerts = DATABASE.group(ReadModels.ALERTS);
    private final ReadModel caseList = DATABASE.group(ReadModels.CASE_LIST);
    private final EventFeed feed = new EventFeed(history, alerts, caseList);

    @Test
    void breachesPerLondonWeekAndTheirWaitForAcknowledgement() throws Exception {
        refer("case-1", "north", "ivy");
        refer("case-2", "north", "ivy");
        refer("case-3", "north", "ian");
        refer("case-south", "south", "ian");
        // Before the four weeks: Sunday 8 March, 23:00 in London (GMT), the week of 2 March.
        breach("case-1", "before", at("2026-03-08T23:00:00Z"));
        breach("case-1", "a", at("2026-03-10T10:00:00Z"));
        acknowledge("case-1", "a", at("2026-03-10T10:30:00Z"));
        breach("case-2", "b", at("2026-03-17T09:00:00Z"));
        breach("case-2", "b", at("2026-03-17T09:00:00Z"));
        acknowledge("case-2", "b", at("2026-03-17T11:00:00Z"));
        met("case-2", "b", at("2026-03-18T09:00:00Z"));
        // Stored before breaches named their team and officer: the case's team then.
        feed.appendedBySla(at("2026-03-18T09:00:30Z"), new SlaClockBreached("c", "case-3", "medical", "medical",
                "subject-1", at("2026-03-18T09:00:00Z"), "supervisor", at("2026-03-18T09:00:00Z")));
        acknowledge("case-3", "c", at("2026-03-23T09:00:00Z"));
        acknowledge("case-3", "c", at("2026-03-24T09:00:00Z"));
        // 23:30 UTC on Sunday 29 March is 00:30 on Monday 30 March in London (BST): the week of 30 March.
        breach("case-1", "d", at("2026-03-29T23:30:00Z"));
        breach("case-2", "e", at("2026-03-31T08:00:00Z"));
        met("case-2", "e", at("2026-03-31T12:00:00Z"));
        // A partner's missed deadline is the officer's to chase, not a breach of the team's.
        feed.appendedBySla(at("2026-03-31T09:00:30Z"), new SlaClockBreached("partner", "case-1", "social-care-assessment",
                "assessment", "child-1", at("2026-03-31T09:00:00Z"), "investigator", at("2026-03-31T09:00:00Z"),
                "ivy", "north", "SOCIAL_CARE"));
        breach("case-south", "south", at("2026-03-31T09:00:00Z"));
        // History stays with the team that held the case when the deadline passed.
        feed.recorded("ivy", at("2026-03-31T10:00:00Z"), new CaseTransferred("case-1", "south", "ian",
                at("2026-03-31T10:00:00Z")));

        BreachHistory north = history(new TeamBreachHistoryQuery("north", 4));

        assertThat(north.weeks()).containsExactly(
                new BreachHistory.Week(LocalDate.parse("2026-03-09"), 1),
                new BreachHistory.Week(LocalDate.parse("2026-03-16"), 2),
                new BreachHistory.Week(LocalDate.parse("2026-03-23"), 0),
                new BreachHistory.Week(LocalDate.parse("2026-03-30"), 2));
        AcknowledgementTimes acknowledgement = north.acknowledgement();
        assertThat(acknowledgement.breaches()).isEqualTo(5);
        assertThat(acknowledgement.acknowledged()).isEqualTo(3);
        // 30 minutes, 2 hours, 5 days (the first acknowledgement, not the second).
        assertThat(acknowledgement.median()).isEqualTo(Duration.ofHours(2));
        assertThat(acknowledgement.bands()).extracting(Band::label, Band::breaches).containsExactly(
                tuple("under 1 hour", 1), tuple("1 to 4 hours", 1), tuple("4 to 24 hours", 0),
                tuple("1 to 3 days", 0), tuple("3 days or more", 1));
        assertThat(acknowledgement.awaiting()).as("d").isEqualTo(1);
        assertThat(acknowledgement.endedUnacknowledged()).as("e").isEqualTo(1);

        BreachHistory south = history(new TeamBreachHistoryQuery("south", 4));
        assertThat(south.weeks()).extracting(BreachHistory.Week::breaches).containsExactly(0, 0, 0, 1);
        assertThat(south.acknowledgement().median()).isNull();
        assertThat(south.acknowledgement().awaiting()).isOne();
        assertThat(history(new TeamBreachHistoryQuery("north", 1)).weeks()).containsExactly(
                new BreachHistory.Week(LocalDate.parse("2026-03-30"), 2));
    }

    @Test
    void theMedianOfAnEvenNumberOfWaitsIsTheMeanOfTheMiddleTwo() throws Exception {
        refer("case-1", "north", "ivy");
        breach("case-1", "a", at("2026-03-30T09:00:00Z"));
        acknowledge("case-1", "a", at("2026-03-30T10:00:00Z"));
        breach("case-1", "b", at("2026-03-30T12:00:00Z"));
        acknowledge("case-1", "b", at("2026-03-30T15:00:00Z"));

        assertThat(history(new TeamBreachHistoryQuery("north", 1)).acknowledgement().median())
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void openBreachesByRuleAndByTheOfficerWhoHoldsTheCaseNow() throws Exception {
        refer("case-1", "north", "ivy");
        refer("case-2", "north", "ivy");
        refer("case-3", "north", "ian");
        breach("case-1", "interview-1", "suspect-interview", at("2026-03-20T09:00:00Z"));
        breach("case-2", "interview-2", "suspect-interview", at("2026-03-21T09:00:00Z"));
        breach("case-2", "medical-2", "medical", at("2026-03-22T09:00:00Z"));
        feed.appendedBySla(at("2026-03-23T09:00:00Z"), new SlaClockEscalated("medical-2", "case-2", "medical",
                "medical", "subject-1", 1, "detective inspector", at("2026-03-22T09:00:00Z"), at("2026-03-23T09:00:00Z")));
        acknowledge("case-2", "medical-2", at("2026-03-24T09:00:00Z"));
        breach("case-3", "interview-3", "suspect-interview", at("2026-03-23T09:00:00Z"));
        met("case-3", "interview-3", at("2026-03-24T09:00:00Z"));
        start("case-3", "warned-only", "child-account", at("2026-04-10T09:00:00Z"));
        feed.recorded("ivy", at("2026-03-25T09:00:00Z"), new CaseTransferred("case-1", "north", "ian",
                at("2026-03-25T09:00:00Z")));

        OpenBreaches open = alerts.ask(new TeamOpenBreachesQuery("north"), OpenBreaches.class).get(0);

        assertThat(open.byRule()).containsExactly(new Tally("suspect-interview", "suspect-interview", 2),
                new Tally("medical", "medical", 1));
        assertThat(open.byOfficer()).containsExactly(new Tally("ivy", "ivy", 2), new Tally("ian", "ian", 1));
        assertThat(alerts.ask(new TeamOpenBreachesQuery("south"), OpenBreaches.class).get(0).byRule()).isEmpty();
    }

    @Test
    void eachOfficersOpenCasesRunningClocksAndOverdueOnes() throws Exception {
        refer("case-1", "north", "ivy");
        refer("case-2", "north", "ivy");
        refer("case-3", "north", "ian");
        refer("closed", "north", "ian");
        refer("case-south", "south", "ian");
        breach("case-1", "interview-1", "suspect-interview", at("2026-03-20T09:00:00Z"));
        start("case-1", "account-1", "child-account", at("2026-04-10T09:00:00Z"));
        breach("case-2", "medical-2", "medical", at("2026-03-22T09:00:00Z"));
        breach("case-3", "interview-3", "suspect-interview", at("2026-03-23T09:00:00Z"));
        met("case-3", "interview-3", at("2026-03-24T09:00:00Z"));
        start("case-3", "account-3", "child-account", at("2026-04-10T09:00:00Z"));
        feed.recorded("ian", at("2026-03-25T09:00:00Z"), new CaseClosed("closed", "no further action",
                at("2026-03-25T09:00:00Z")));
        start("case-south", "account-south", "child-account", at("2026-04-10T09:00:00Z"));

        assertThat(caseList.ask(new TeamWorkloadQuery("north"), OfficerWorkload.class)).containsExactly(
                new OfficerWorkload("ivy", 2, 3, 2),
                new OfficerWorkload("ian", 1, 1, 0));
    }

    private BreachHistory history(TeamBreachHistoryQuery query) throws Exception {
        return history.ask(query, BreachHistory.class).get(0);
    }

    private void refer(String caseId, String team, String officer) throws Exception {
        feed.recorded(officer, REFERRED, new ReferralReceived(caseId, team, "child-1", 9, AllegationCategory.NEGLECT,
                RiskGrade.HIGH, "phone call to MASH", "school", false, REFERRED));
    }

    private void start(String caseId, String clockId, String ruleId, Instant dueAt) throws Exception {
        feed.appendedBySla(REFERRED.plusSeconds(1), new SlaClockStarted(clockId, caseId, ruleId, 1, ruleId,
                "subject-1", RiskGrade.HIGH, REFERRED, dueAt));
    }

    private void breach(String caseId, String clockId, Instant dueAt) throws Exception {
        breach(caseId, clockId, "suspect-interview", dueAt);
    }

    /** A police deadline passed, the event naming the team and officer, as breaches are stored now. */
    private void breach(String caseId, String clockId, String ruleId, Instant dueAt) throws Exception {
        start(caseId, clockId, ruleId, dueAt);
        feed.appendedBySla(dueAt.plusSeconds(30), new SlaClockBreached(clockId, caseId, ruleId, ruleId, "subject-1",
                dueAt, "supervisor", dueAt, officerOf(caseId), teamOf(caseId), "POLICE"));
    }

    private void acknowledge(String caseId, String clockId, Instant at) throws Exception {
        feed.appendedBySla(at, new SlaClockAcknowledged(clockId, caseId, "rule", "subject-1", at, "sam", "a plan", at));
    }

    private void met(String caseId, String clockId, Instant at) throws Exception {
        feed.appendedBySla(at, new SlaClockMet(clockId, caseId, "rule", "subject-1", at, at, Duration.ZERO));
    }

    private static String teamOf(String caseId) {
        return caseId.equals("case-south") ? "south" : "north";
    }

    private static String officerOf(String caseId) {
        return caseId.equals("case-3") || caseId.equals("case-south") ? "ian" : "ivy";
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
