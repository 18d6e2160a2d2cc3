package io.harmsway.ops.demo;

import io.harmsway.cases.api.FileGrade;
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

import static io.harmsway.cases.api.AllegationCategory.NEGLECT;
import static io.harmsway.cases.api.AllegationCategory.ONLINE_ABUSE_OR_GROOMING;
import static io.harmsway.cases.api.AllegationCategory.PHYSICAL_ABUSE;
import static io.harmsway.cases.api.AllegationCategory.SEXUAL_ABUSE;

/**
 * Demo cases, dated relative to now, recorded as a force would record them (see {@link DemoStories}):
 * the inspection's three stories and three more. Straight after start the north supervisor's inbox
 * holds only what a supervisor should act on: the grandson's untouched suspect and the children he
 * can reach, the eczema case's missing doctor and medical, and an overdue interview in a grooming case.
 * The auditor has graded four of the files as the inspection would (the inspection figures show them).
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoRecorder recorder;
    private final DemoStories stories;
    private final Clock clock;

    DemoData(CommandGateway commands, JdbcTemplate jdbc, Clock clock) {
        this.recorder = new DemoRecorder(commands, jdbc);
        this.stories = new DemoStories(recorder);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Instant now = clock.instant();
        // The grandson's allegation: all on time but the grandfather, not interviewed for three months.
        recorder.demoCase(1, "ivy", "north", 9, SEXUAL_ABUSE, RiskGrade.HIGH, false, ago(now, 95),
                caseId -> {
                    stories.grandson("ivy", caseId, ago(now, 95));
                    stories.graded(caseId, FileGrade.INADEQUATE, "the grandfather not interviewed for three months",
                            "nothing done to keep him from the other grandchildren");
                });
        // The four-year-old's bleeding put down to eczema: no doctor at the discussion, no medical.
        recorder.demoCase(2, "ivy", "north", 4, SEXUAL_ABUSE, RiskGrade.HIGH, true, ago(now, 6),
                caseId -> {
                    stories.eczema("ivy", caseId, ago(now, 6));
                    stories.graded(caseId, FileGrade.INADEQUATE, "bleeding put down to eczema without a doctor",
                            "no child protection medical");
                });
        // Good practice: every action on time, so the case shows nothing.
        recorder.demoCase(3, "ian", "south", 13, ONLINE_ABUSE_OR_GROOMING, RiskGrade.HIGH, false, ago(now, 12),
                caseId -> {
                    stories.goodPractice("ian", caseId, ago(now, 12));
                    stories.graded(caseId, FileGrade.GOOD, "the girl identified as a victim and kept informed",
                            "suspect arrested, interviewed and charged; other children safeguarded");
                });
        recorder.demoCase(4, "ivy", "north", 13, ONLINE_ABUSE_OR_GROOMING, RiskGrade.MEDIUM, false, ago(now, 20),
                caseId -> stories.groomingInterviewOverdue("ivy", caseId, ago(now, 20)));
        recorder.demoCase(5, "ivy", "north", 6, PHYSICAL_ABUSE, RiskGrade.HIGH, false, ago(now, 3),
                caseId -> stories.physicalAbuseOnTime("ivy", caseId, ago(now, 3)));
        recorder.demoCase(6, "ian", "south", 7, NEGLECT, RiskGrade.STANDARD, false, ago(now, 40),
                caseId -> {
                    stories.neglectInterviewedLate("ian", caseId, ago(now, 40));
                    stories.graded(caseId, FileGrade.ADEQUATE, "the suspect interviewed two days late",
                            "the family kept informed");
                });
        log.info("""
                Demo data: 6 cases in teams north and south, two of them the 2015 inspection's own examples.
                Demo users (password <name>-demo; sign in for a bearer token, then send it):
                  ivy, ian  investigators of teams north and south
                  sam, sue  supervisors of teams north and south
                  ada       auditor
                  oli       operator (parked events: /api/ops/dead-letters)
                Try: curl -H 'Content-Type: application/json' -d '{"username":"sam","password":"sam-demo"}' \\
                       http://localhost:8080/api/tokens
                     curl -H 'Authorization: Bearer <the token>' http://localhost:8080/api/teams/north/inbox""");
    }

    private static Instant ago(Instant now, long days) {
        return now.minus(Duration.ofDays(days));
    }
}
