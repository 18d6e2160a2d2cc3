package io.harmsway.ops.sla;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.harmsway.cases.api.CaseMetadata;
import io.harmsway.ops.support.Api;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.util.List;
import java.util.Map;

import static io.harmsway.ops.support.Json.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Steps the SLA tests share: case actions not (yet) on the HTTP API, and reading clocks, alerts and timelines. */
final class SlaSteps {

    private final CommandGateway commands;
    private final Api reader;
    private final Api supervisor;

    SlaSteps(CommandGateway commands, Api reader, Api supervisor) {
        this.commands = commands;
        this.reader = reader;
        this.supervisor = supervisor;
    }

    /** Sends a case command as an officer would, through the same gateway and stamping as the HTTP API. */
    <R> R record(String officer, Object command) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(CaseMetadata.ACTOR, officer)));
    }

    /** Waits for the keeper to start the rule's clock on the subject, and answers it. */
    JsonNode awaitClock(String caseId, String ruleId, String subjectId) {
        await().untilAsserted(() -> assertThat(clock(caseId, ruleId, subjectId).isMissingNode())
                .as("a " + ruleId + " clock on " + subjectId + " of case " + caseId + " is missing").isFalse());
        return clock(caseId, ruleId, subjectId);
    }

    /** The latest clock of the rule on the subject; a missing node when there is none (yet). */
    JsonNode clock(String caseId, String ruleId, String subjectId) {
        return list(reader.get("/api/sla/cases/" + caseId + "/clocks").getBody()).stream()
                .filter(clock -> clock.path("ruleId").asText().equals(ruleId))
                .filter(clock -> clock.path("subjectId").asText().equals(subjectId))
                .reduce((first, later) -> later).orElse(MissingNode.getInstance());
    }

    /** The clock's alert in the team's inbox; a missing node when there is none. */
    JsonNode alert(String team, String clockId) {
        return list(supervisor.get("/api/teams/" + team + "/alerts").getBody()).stream()
                .filter(alert -> alert.path("clockId").asText().equals(clockId)).findFirst()
                .orElse(MissingNode.getInstance());
    }

    List<JsonNode> timeline(String caseId) {
        return list(reader.get("/api/cases/" + caseId + "/timeline").getBody());
    }

    List<String> titles(String caseId) {
        return timeline(caseId).stream().map(entry -> entry.path("title").asText()).toList();
    }
}
