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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Loads demo cases once, into an empty event store, dated relative to now so that some clocks
 * are running and some are overdue whenever the demo is started.
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
        if (jdbc.queryForObject("select exists (select 1 from domain_event_entry)", Boolean.class)) {
            log.info("Demo data: the event store already holds events; nothing loaded.");
        } else {
            load(clock.instant());
        }
        log.info("""
                Demo users (HTTP basic; password is <name>-demo):
                  ivy, ian  investigators of teams north and south
                  sam, sue  supervisors of teams north and south
                  ada       auditor
                Try: curl -u sam:sam-demo http://localhost:8080/api/teams/north/alerts""");
    }

    private void load(Instant now) {
        // The inspection's example: a grandson's allegation, the suspect not interviewed for three months.
        String grandson = referral("ivy", "north", 9, AllegationCategory.SEXUAL_ABUSE, RiskGrade.HIGH, now.minus(days(95)));
        identifySuspect("ivy", grandson, now.minus(days(92)));

        String overdue = referral("ivy", "north", 13, AllegationCategory.ONLINE_ABUSE_OR_GROOMING, RiskGrade.MEDIUM,
                now.minus(days(20)));
        identifySuspect("ivy", overdue, now.minus(days(16)));

        String running = referral("ivy", "north", 4, AllegationCategory.PHYSICAL_ABUSE, RiskGrade.HIGH,
                now.minus(days(3)));
        identifySuspect("ivy", running, now.minus(days(2)));

        String metOnTime = referral("ian", "south", 11, AllegationCategory.SEXUAL_ABUSE, RiskGrade.STANDARD,
                now.minus(days(30)));
        String suspect = identifySuspect("ian", metOnTime, now.minus(days(29)));
        interview("ian", metOnTime, suspect, now.minus(days(10)));

        String metLate = referral("ian", "south", 7, AllegationCategory.NEGLECT, RiskGrade.HIGH, now.minus(days(40)));
        String late = identifySuspect("ian", metLate, now.minus(days(38)));
        interview("ian", metLate, late, now.minus(days(25)));
        log.info("Demo data: 5 cases loaded (teams north and south), 2 with overdue suspect interviews.");
    }

    private String referral(String officer, String team, int age, AllegationCategory allegation, RiskGrade risk,
                            Instant at) {
        String caseId = UUID.randomUUID().toString();
        send(officer, new RecordReferral(caseId, team, age, allegation, risk, "phone call to MASH", "school", at));
        return caseId;
    }

    private String identifySuspect(String officer, String caseId, Instant at) {
        return send(officer, new IdentifySuspect(caseId, at));
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
