package io.harmsway.ops.demo;

import io.harmsway.cases.api.Agency;
import io.harmsway.cases.api.IdentifyOtherChild;
import io.harmsway.cases.api.IdentifySuspect;
import io.harmsway.cases.api.PlanAbeInterview;
import io.harmsway.cases.api.RecordAbeInterviewHeld;
import io.harmsway.cases.api.RecordChildViews;
import io.harmsway.cases.api.RecordReferralDecision;
import io.harmsway.cases.api.RecordRiskAssessment;
import io.harmsway.cases.api.RecordSafeguardingAction;
import io.harmsway.cases.api.RecordStrategyDiscussion;
import io.harmsway.cases.api.RecordSuspectArrest;
import io.harmsway.cases.api.RecordSuspectInterview;
import io.harmsway.cases.api.RecordVictimUpdate;
import io.harmsway.cases.api.RiskGrade;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static io.harmsway.cases.api.AllegationCategory.NEGLECT;
import static io.harmsway.cases.api.AllegationCategory.ONLINE_ABUSE_OR_GROOMING;
import static io.harmsway.cases.api.AllegationCategory.PHYSICAL_ABUSE;
import static io.harmsway.cases.api.AllegationCategory.SEXUAL_ABUSE;

/**
 * Demo cases, dated relative to now so that, when the demo is first started, some clocks are
 * running, some have warned and some are overdue. Two follow the 2015 inspection's own examples.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoRecorder recorder;
    private final Clock clock;

    DemoData(CommandGateway commands, JdbcTemplate jdbc, Clock clock) {
        this.recorder = new DemoRecorder(commands, jdbc);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Instant now = clock.instant();
        // The grandson's allegation: the suspect not interviewed for three months.
        recorder.demoCase(1, "ivy", "north", 9, SEXUAL_ABUSE, RiskGrade.HIGH, false, ago(now, 95),
                caseId -> suspect("ivy", caseId, ago(now, 92)));
        // The four-year-old's bleeding put down to eczema: no doctor at the discussion, no medical.
        recorder.demoCase(2, "ivy", "north", 4, SEXUAL_ABUSE, RiskGrade.HIGH, true, ago(now, 6), caseId -> {
            recorder.send("ivy", new RecordRiskAssessment(caseId, RiskGrade.HIGH, "allegation against a family member",
                    ago(now, 6)));
            recorder.send("ivy", new RecordStrategyDiscussion(caseId,
                    Set.of(Agency.POLICE, Agency.CHILDRENS_SOCIAL_CARE), false, "no medical: thought to be eczema", false,
                    ago(now, 5)));
        });
        // Good practice: trained interviewers, social care involved, arrest, other children safeguarded.
        recorder.demoCase(3, "ian", "south", 13, ONLINE_ABUSE_OR_GROOMING, RiskGrade.HIGH, false, ago(now, 12),
                caseId -> goodPractice(caseId, now));
        recorder.demoCase(4, "ivy", "north", 13, ONLINE_ABUSE_OR_GROOMING, RiskGrade.MEDIUM, false, ago(now, 20),
                caseId -> suspect("ivy", caseId, ago(now, 16)));
        recorder.demoCase(5, "ivy", "north", 6, PHYSICAL_ABUSE, RiskGrade.HIGH, false, ago(now, 3),
                caseId -> suspect("ivy", caseId, ago(now, 2)));
        recorder.demoCase(6, "ian", "south", 7, NEGLECT, RiskGrade.STANDARD, false, ago(now, 40), caseId ->
                recorder.send("ian", new RecordSuspectInterview(caseId, suspect("ian", caseId, ago(now, 38)), true,
                        ago(now, 10))));
        log.info("""
                Demo data: 6 cases in teams north and south, two of them the 2015 inspection's own examples.
                Demo users (password <name>-demo; sign in for a bearer token, then send it):
                  ivy, ian  investigators of teams north and south
                  sam, sue  supervisors of teams north and south
                  ada       auditor
                  oli       operator (parked events: /api/ops/dead-letters)
                Try: curl -H 'Content-Type: application/json' -d '{"username":"sam","password":"sam-demo"}' \\
                       http://localhost:8080/api/tokens
                     curl -H 'Authorization: Bearer <the token>' http://localhost:8080/api/teams/north/alerts""");
    }

    private void goodPractice(String caseId, Instant now) {
        recorder.send("ian", new RecordRiskAssessment(caseId, RiskGrade.HIGH, "contact offending suspected", ago(now, 12)));
        recorder.send("ian", new RecordReferralDecision(caseId, "section 47 enquiry", ago(now, 12)));
        recorder.send("ian", new RecordStrategyDiscussion(caseId,
                Set.of(Agency.POLICE, Agency.CHILDRENS_SOCIAL_CARE, Agency.HEALTH), true, "joint investigation", true,
                ago(now, 11)));
        recorder.send("ian", new PlanAbeInterview(caseId, "child-1", ago(now, 10), ago(now, 11)));
        recorder.send("ian", new RecordAbeInterviewHeld(caseId, "child-1", ago(now, 10)));
        recorder.send("ian", new RecordChildViews(caseId, "child-1", "ABE-2026-0113", ago(now, 10)));
        String suspectId = suspect("ian", caseId, ago(now, 10));
        recorder.send("ian", new RecordSuspectArrest(caseId, suspectId, ago(now, 9)));
        recorder.send("ian", new RecordSuspectInterview(caseId, suspectId, true, ago(now, 9)));
        recorder.send("ian", new RecordVictimUpdate(caseId, "child-1", "suspect arrested and interviewed",
                "home visit", ago(now, 9)));
        String sibling = recorder.send("ian", new IdentifyOtherChild(caseId, 8, "suspect's stepchild", ago(now, 9)));
        recorder.send("ian", new RecordSafeguardingAction(caseId, sibling, "strategy discussion and safety plan",
                ago(now, 8)));
    }

    private String suspect(String officer, String caseId, Instant identifiedAt) {
        return recorder.send(officer, new IdentifySuspect(caseId, true, identifiedAt));
    }

    private static Instant ago(Instant now, long days) {
        return now.minus(Duration.ofDays(days));
    }
}
