package io.harmsway.ops.demo;

import io.harmsway.cases.api.AllegationCategory;
import io.harmsway.cases.api.CaseMetadata;
import io.harmsway.cases.api.RecordReferral;
import io.harmsway.cases.api.RiskGrade;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/** Records demo cases through the real command path, as the named officer, each case once. */
class DemoRecorder {

    private final CommandGateway commands;
    private final JdbcTemplate jdbc;

    DemoRecorder(CommandGateway commands, JdbcTemplate jdbc) {
        this.commands = commands;
        this.jdbc = jdbc;
    }

    /** Opens demo case {@code number} (a fixed id) and records its story, unless it is already in the store. */
    void demoCase(int number, String officer, String team, int childAge, AllegationCategory allegation,
                  RiskGrade risk, boolean physicalSymptoms, Instant referredAt, Consumer<String> story) {
        String caseId = UUID.nameUUIDFromBytes(("harmsway-demo-case-" + number).getBytes(StandardCharsets.UTF_8))
                .toString();
        if (jdbc.queryForObject("select exists (select 1 from domain_event_entry where aggregate_identifier = ?)",
                Boolean.class, caseId)) {
            return;
        }
        send(officer, new RecordReferral(caseId, team, childAge, allegation, risk, "phone call to MASH", "school",
                physicalSymptoms, referredAt));
        story.accept(caseId);
    }

    <R> R send(String officer, Object command) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(CaseMetadata.ACTOR, officer)));
    }
}
