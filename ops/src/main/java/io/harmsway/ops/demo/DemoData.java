package io.harmsway.ops.demo;

import io.harmsway.cases.api.AllegationCategory;
import io.harmsway.cases.api.CaseMetadata;
import io.harmsway.cases.api.IdentifySuspect;
import io.harmsway.cases.api.RecordReferral;
import io.harmsway.cases.api.RecordSuspectInterview;
import io.harmsway.cases.api.RiskGrade;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Loads demo cases, dated relative to now so that some clocks are running and some are overdue
 * when the demo is first started. Demo case ids are fixed: a case already in the store is skipped.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final CommandGateway commands;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoData(CommandGateway commands, JdbcTemplate jdbc, Clock clock) {
        this.commands = commands;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Instant now = clock.instant();
        // The inspection's example: a grandson's allegation, the suspect not interviewed for three months.
        demoCase(1, "ivy", "north", 9, AllegationCategory.SEXUAL_ABUSE, RiskGrade.HIGH, now.minus(days(95)),
                caseId -> identifySuspect("ivy", caseId, now.minus(days(92))));
        demoCase(2, "ivy", "north", 13, AllegationCategory.ONLINE_ABUSE_OR_GROOMING, RiskGrade.MEDIUM,
                now.minus(days(20)), caseId -> identifySuspect("ivy", caseId, now.minus(days(16))));
        demoCase(3, "ivy", "north", 4, AllegationCategory.PHYSICAL_ABUSE, RiskGrade.HIGH, now.minus(days(3)),
                caseId -> identifySuspect("ivy", caseId, now.minus(days(2))));
        demoCase(4, "ian", "south", 11, AllegationCategory.SEXUAL_ABUSE, RiskGrade.STANDARD, now.minus(days(30)),
                caseId -> interview("ian", caseId, identifySuspect("ian", caseId, now.minus(days(29))),
                        now.minus(days(10))));
        demoCase(5, "ian", "south", 7, AllegationCategory.NEGLECT, RiskGrade.HIGH, now.minus(days(40)),
                caseId -> interview("ian", caseId, identifySuspect("ian", caseId, now.minus(days(38))),
                        now.minus(days(25))));
        log.info("""
                Demo data: 5 cases in teams north and south; 2 have overdue suspect interviews.
                Demo users (HTTP basic; password is <name>-demo):
                  ivy, ian  investigators of teams north and south
                  sam, sue  supervisors of teams north and south
                  ada       auditor
                Try: curl -u sam:sam-demo http://localhost:8080/api/teams/north/alerts""");
    }

    private void demoCase(int number, String officer, String team, int age, AllegationCategory allegation,
                          RiskGrade risk, Instant referredAt, Consumer<String> actions) {
        String caseId = UUID.nameUUIDFromBytes(("harmsway-demo-case-" + number).getBytes(StandardCharsets.UTF_8))
                .toString();
        if (jdbc.queryForObject("select exists (select 1 from domain_event_entry where aggregate_identifier = ?)",
                Boolean.class, caseId)) {
            return;
        }
        send(officer, new RecordReferral(caseId, team, age, allegation, risk, "phone call to MASH", "school",
                false, referredAt));
        actions.accept(caseId);
    }

    private String identifySuspect(String officer, String caseId, Instant at) {
        return send(officer, new IdentifySuspect(caseId, true, at));
    }

    private void interview(String officer, String caseId, String suspectId, Instant at) {
        send(officer, new RecordSuspectInterview(caseId, suspectId, true, at));
    }

    private <R> R send(String officer, Object command) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(CaseMetadata.ACTOR, officer)));
    }

    private static Duration days(long days) {
        return Duration.ofDays(days);
    }
}
