package io.harmsway.ops.demo;

import io.harmsway.cases.api.Agency;
import io.harmsway.cases.api.AllegationCategory;
import io.harmsway.cases.api.ChargingOutcome;
import io.harmsway.cases.api.CloseCase;
import io.harmsway.cases.api.CorrectEntry;
import io.harmsway.cases.api.IdentifySuspect;
import io.harmsway.cases.api.RecordChargingDecision;
import io.harmsway.cases.api.RecordChildViews;
import io.harmsway.cases.api.RecordReferral;
import io.harmsway.cases.api.RecordReferralDecision;
import io.harmsway.cases.api.RecordRiskAssessment;
import io.harmsway.cases.api.RecordStrategyDiscussion;
import io.harmsway.cases.api.RecordSuspectInterview;
import io.harmsway.cases.api.RecordVictimUpdate;
import io.harmsway.cases.api.RiskGrade;
import io.harmsway.sla.api.AcknowledgeBreach;
import io.harmsway.ops.support.CaughtUpSweep;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A small population of cases with known delays and outcomes, in a team of its own, dated back from
 * {@code now}: the reports' three stories as the demo tells them ({@link DemoStories}: the grandson,
 * the eczema case, good practice, closed on its charge), the demo's neglect case with its breach
 * raised by a sweep before the late interview met it, then no further action and closure, and a
 * case referred with nothing done but the suspect's identification; the eczema case's risk
 * assessment corrected an hour later.
 */
final class InspectionPopulation {

    final String team = "inspection-" + UUID.randomUUID().toString().substring(0, 8);
    final String grandson = UUID.randomUUID().toString();
    final String eczema = UUID.randomUUID().toString();
    final String goodPractice = UUID.randomUUID().toString();
    final String neglect = UUID.randomUUID().toString();
    final String untouched = UUID.randomUUID().toString();

    private final DemoRecorder recorder;
    private final DemoStories stories;
    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;
    private final CaughtUpSweep sweep;

    InspectionPopulation(CommandGateway commands, JdbcTemplate jdbc, EventProcessingConfiguration processing,
                         CaughtUpSweep sweep) {
        this.recorder = new DemoRecorder(commands, jdbc);
        this.stories = new DemoStories(recorder);
        this.jdbc = jdbc;
        this.processing = processing;
        this.sweep = sweep;
    }

    void record(Instant now) {
        referral(grandson, 9, AllegationCategory.SEXUAL_ABUSE, RiskGrade.HIGH, false, days(now, -95));
        stories.grandson("ivy", grandson, days(now, -95));
        referral(eczema, 4, AllegationCategory.SEXUAL_ABUSE, RiskGrade.HIGH, true, days(now, -6));
        stories.eczema("ivy", eczema, days(now, -6));
        referral(goodPractice, 13, AllegationCategory.ONLINE_ABUSE_OR_GROOMING, RiskGrade.HIGH, false, days(now, -12));
        stories.goodPractice("ivy", goodPractice, days(now, -12));
        recorder.send("ivy", new CloseCase(goodPractice, "suspect charged; child protection plan", now));

        Instant neglectReferred = days(now, -40);
        referral(neglect, 7, AllegationCategory.NEGLECT, RiskGrade.STANDARD, false, neglectReferred);
        recorder.send("ivy", new RecordRiskAssessment(neglect, RiskGrade.STANDARD, "home conditions",
                hours(neglectReferred, 1)));
        recorder.send("ivy", new RecordReferralDecision(neglect, "strategy discussion today", hours(neglectReferred, 2)));
        recorder.send("ivy", new RecordStrategyDiscussion(neglect,
                Set.of(Agency.POLICE, Agency.CHILDRENS_SOCIAL_CARE, Agency.HEALTH), false,
                "single-agency police enquiry", false, hours(neglectReferred, 3)));
        recorder.send("ivy", new RecordChildViews(neglect, "child-1", "V-7", days(neglectReferred, 1)));
        String suspect = recorder.send("ivy", new IdentifySuspect(neglect, false, days(neglectReferred, 2)));

        Instant untouchedReferred = days(now, -10);
        referral(untouched, 11, AllegationCategory.PHYSICAL_ABUSE, RiskGrade.MEDIUM, false, untouchedReferred);
        recorder.send("ivy", new IdentifySuspect(untouched, false, days(untouchedReferred, 1)));

        // The sweep raises every breach due by now; the neglect case's interview clock is among them.
        caughtUp("sla-clocks");
        sweep.sweepDue();
        caughtUp("sla-clocks");
        String neglectInterviewClock = jdbc.queryForObject(
                "select clock_id from sla_clock where case_id = ? and rule_id = 'suspect-interview'", String.class,
                neglect);
        recorder.send("sam", new AcknowledgeBreach(neglectInterviewClock, "interview booked for next week", team));
        recorder.send("ivy", new RecordSuspectInterview(neglect, suspect, true, days(neglectReferred, 32)));
        recorder.send("ivy", new RecordVictimUpdate(neglect, "child-1", "suspect interviewed", "home visit",
                hours(days(neglectReferred, 32), 4)));
        recorder.send("ivy", new RecordChargingDecision(neglect, suspect, ChargingOutcome.NO_FURTHER_ACTION,
                "evidential test not met", days(neglectReferred, 34)));
        recorder.send("ivy", new CloseCase(neglect, "no further action", days(neglectReferred, 35)));
        // The eczema case's risk assessment was an hour later than first recorded.
        String assessment = jdbc.queryForObject("""
                select event_identifier from domain_event_entry
                where aggregate_identifier = ? and payload_type like '%.RiskAssessed'""", String.class, eczema);
        recorder.send("ivy", new CorrectEntry(eczema, assessment,
                Map.of("occurredAt", hours(days(now, -6), 2).toString()), "time taken from the MASH log"));
        caughtUp("inspection");
    }

    private void referral(String caseId, int age, AllegationCategory allegation, RiskGrade risk, boolean symptoms,
                          Instant referred) {
        recorder.send("ivy", new RecordReferral(caseId, team, age, allegation, risk, "phone call to MASH", "school",
                symptoms, referred));
    }

    /** Waits until the processing group has handled every stored event. */
    void caughtUp(String group) {
        StreamingEventProcessor processor = processing.eventProcessor(group, StreamingEventProcessor.class).orElseThrow();
        await().pollInterval(Duration.ofMillis(20)).untilAsserted(() -> {
            long head = jdbc.queryForObject("select coalesce(max(global_index), -1) from domain_event_entry", Long.class);
            assertThat(processor.processingStatus().values()).isNotEmpty().allSatisfy(segment ->
                    assertThat(segment.getCurrentPosition().orElse(-1)).isGreaterThanOrEqualTo(head));
        });
    }

    static Instant days(Instant from, long days) {
        return from.plus(Duration.ofDays(days));
    }

    static Instant hours(Instant from, long hours) {
        return from.plus(Duration.ofHours(hours));
    }
}
