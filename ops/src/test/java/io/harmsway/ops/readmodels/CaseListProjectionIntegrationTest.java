package io.harmsway.ops.readmodels;

import io.harmsway.cases.api.AllegationCategory;
import io.harmsway.cases.api.CaseClosed;
import io.harmsway.cases.api.CaseTransferred;
import io.harmsway.cases.api.NoteAdded;
import io.harmsway.cases.api.ReferralReceived;
import io.harmsway.cases.api.RiskAssessed;
import io.harmsway.cases.api.RiskGrade;
import io.harmsway.cases.api.SuspectIdentified;
import io.harmsway.ops.support.MutableClock;
import io.harmsway.query.ReadModels;
import io.harmsway.query.api.CaseListQuery;
import io.harmsway.query.api.CaseSummary;
import io.harmsway.sla.api.SlaClockBreached;
import io.harmsway.sla.api.SlaClockCancelled;
import io.harmsway.sla.api.SlaClockDueDateChanged;
import io.harmsway.sla.api.SlaClockMet;
import io.harmsway.sla.api.SlaClockStarted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The case list on its own: case and clock events in, each case's summary out. */
class CaseListProjectionIntegrationTest {

    private static final Instant REFERRED = Instant.parse("2026-03-02T09:00:00Z");

    @RegisterExtension
    static final ReadModelDatabase DATABASE = new ReadModelDatabase(new MutableClock(REFERRED));

    private final ReadModel caseList = DATABASE.group(ReadModels.CASE_LIST);
    private final EventFeed feed = new EventFeed(caseList);

    @Test
    void aCaseShowsItsCurrentTeamOfficerRiskAndStatus() throws Exception {
        refer("case-1", "north", RiskGrade.STANDARD);
        Instant later = REFERRED.plus(Duration.ofDays(1));
        feed.recorded("ivy", later, new RiskAssessed("case-1", RiskGrade.HIGH, RiskGrade.STANDARD, "new disclosure", later));
        feed.recorded("ivy", later, new CaseTransferred("case-1", "south", "ian", later));
        feed.recorded("ian", later, new CaseClosed("case-1", "charged", later));

        assertThat(cases(new CaseListQuery(null))).singleElement().satisfies(summary -> {
            assertThat(summary.caseId()).isEqualTo("case-1");
            assertThat(summary.team()).isEqualTo("south");
            assertThat(summary.officer()).isEqualTo("ian");
            assertThat(summary.riskGrade()).isEqualTo("HIGH");
            assertThat(summary.status()).isEqualTo("CLOSED");
            assertThat(summary.allegation()).isEqualTo("SEXUAL_ABUSE");
            assertThat(summary.referredAt()).isEqualTo(REFERRED);
        });
        assertThat(cases(new CaseListQuery("north"))).isEmpty();
    }

    @Test
    void openClocksShowTheMostOverdueFirstAndCountTheBreached() throws Exception {
        refer("case-1", "north", RiskGrade.HIGH);
        refer("case-2", "north", RiskGrade.HIGH);
        Instant soon = REFERRED.plus(Duration.ofDays(1));
        Instant later = REFERRED.plus(Duration.ofDays(7));
        start("case-1", "clock-1", "referral-decision", later);
        start("case-1", "clock-2", "suspect-interview", later.plus(Duration.ofDays(1)));
        start("case-2", "clock-3", "suspect-interview", later);
        feed.appendedBySla(REFERRED.plusSeconds(2), new SlaClockDueDateChanged("clock-3", "case-2", "suspect-interview",
                "suspect-1", later, soon, "risk re-assessed", REFERRED));
        feed.appendedBySla(soon, new SlaClockBreached("clock-3", "case-2", "suspect-interview", "Interview the suspect",
                "suspect-1", soon, "supervisor", soon));
        feed.appendedBySla(soon, new SlaClockMet("clock-1", "case-1", "referral-decision", "case", later, soon,
                Duration.ZERO));

        List<CaseSummary> cases = cases(new CaseListQuery("north"));

        assertThat(cases).extracting(CaseSummary::caseId).containsExactly("case-2", "case-1");
        assertThat(cases.get(0).openClocks()).isEqualTo(1);
        assertThat(cases.get(0).breachedClocks()).isEqualTo(1);
        assertThat(cases.get(0).mostOverdueDueAt()).isEqualTo(soon);
        assertThat(cases.get(1).openClocks()).isEqualTo(1);
        assertThat(cases.get(1).breachedClocks()).isZero();
        assertThat(cases.get(1).mostOverdueDueAt()).isEqualTo(later.plus(Duration.ofDays(1)));
    }

    @Test
    void aClockBreachedStaysEverBreachedWhenItIsMetLateOrCancelled() throws Exception {
        refer("case-1", "north", RiskGrade.HIGH);
        Instant due = REFERRED.plus(Duration.ofDays(7));
        start("case-1", "clock-1", "suspect-interview", due);
        start("case-1", "clock-2", "medical", due);
        start("case-1", "clock-3", "child-account", due);
        start("case-1", "clock-4", "referral-decision", due);
        breach("case-1", "clock-1", "suspect-interview", due);
        breach("case-1", "clock-2", "medical", due);
        breach("case-1", "clock-3", "child-account", due);
        assertThat(only(cases(new CaseListQuery("north")))).satisfies(summary -> {
            assertThat(summary.breachedClocks()).isEqualTo(3);
            assertThat(summary.clocksEverBreached()).isEqualTo(3);
        });

        Instant late = due.plus(Duration.ofDays(2));
        feed.appendedBySla(late, new SlaClockMet("clock-1", "case-1", "suspect-interview", "suspect-1", due, late,
                Duration.ofDays(2)));
        feed.appendedBySla(late, new SlaClockCancelled("clock-2", "case-1", "medical", "suspect-1", due,
                "no physical symptoms after all", late));
        feed.appendedBySla(late, new SlaClockMet("clock-4", "case-1", "referral-decision", "suspect-1", due,
                REFERRED, Duration.ZERO));
        breach("case-1", "clock-3", "child-account", due);

        assertThat(only(cases(new CaseListQuery("north")))).satisfies(summary -> {
            assertThat(summary.openClocks()).isEqualTo(1);
            assertThat(summary.breachedClocks()).as("open and breached").isEqualTo(1);
            assertThat(summary.clocksEverBreached()).as("met late, cancelled after the breach, still open; a breach"
                    + " delivered twice counts once; met on time not at all").isEqualTo(3);
        });
    }

    @Test
    void entriesRecordedLateAreCountedWithTheLongestLagButClockEventsAreNot() throws Exception {
        refer("case-1", "north", RiskGrade.HIGH);
        Instant identified = REFERRED.plus(Duration.ofHours(1));
        feed.recorded("ivy", identified.plus(Duration.ofDays(4)),
                new SuspectIdentified("case-1", "suspect-1", false, identified));
        feed.recorded("ivy", identified.plus(Duration.ofDays(5)), new NoteAdded("case-1", "called the school", identified));
        feed.recorded("ivy", identified.plus(Duration.ofHours(2)), new NoteAdded("case-1", "called the GP", identified));
        feed.appendedBySla(identified.plus(Duration.ofDays(9)), new SlaClockStarted("clock-1", "case-1",
                "suspect-interview", 1, "Interview the suspect", "suspect-1", RiskGrade.HIGH, identified,
                identified.plus(Duration.ofDays(7))));

        assertThat(cases(new CaseListQuery(null))).singleElement().satisfies(summary -> {
            assertThat(summary.lateRecordedEntries()).isEqualTo(2);
            assertThat(summary.longestRecordingLag()).isEqualTo(Duration.ofDays(5));
        });
        assertThat(cases(new CaseListQuery(null, Duration.ofDays(5)))).hasSize(1);
        assertThat(cases(new CaseListQuery(null, Duration.ofDays(6)))).isEmpty();
    }

    private void refer(String caseId, String team, RiskGrade risk) throws Exception {
        feed.recorded("ivy", REFERRED, new ReferralReceived(caseId, team, "child-1", 9,
                AllegationCategory.SEXUAL_ABUSE, risk, "phone call to MASH", "school", true, REFERRED));
    }

    private void start(String caseId, String clockId, String ruleId, Instant dueAt) throws Exception {
        feed.appendedBySla(REFERRED.plusSeconds(1), new SlaClockStarted(clockId, caseId, ruleId, 1, ruleId,
                "suspect-1", RiskGrade.HIGH, REFERRED, dueAt));
    }

    private void breach(String caseId, String clockId, String ruleId, Instant dueAt) throws Exception {
        feed.appendedBySla(dueAt.plusSeconds(30), new SlaClockBreached(clockId, caseId, ruleId, ruleId, "suspect-1",
                dueAt, "supervisor", dueAt));
    }

    private static CaseSummary only(List<CaseSummary> cases) {
        assertThat(cases).hasSize(1);
        return cases.get(0);
    }

    private List<CaseSummary> cases(CaseListQuery query) throws Exception {
        return caseList.ask(query, CaseSummary.class);
    }
}
