package io.harmsway.ops.caserecord;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.IntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.harmsway.ops.support.Json.first;
import static io.harmsway.ops.support.Json.list;
import static org.assertj.core.api.Assertions.assertThat;
import static io.harmsway.ops.caserecord.Eventually.eventually;

/**
 * Every action of an investigation recorded over HTTP: each answers 2xx, appends its event with
 * the authenticated actor, and appears in the timeline with a readable title.
 */
class CaseRecordIntegrationTest extends IntegrationTestBase {

    Instant referred;
    String caseId;

    @BeforeEach
    void openCase() {
        referred = clock.instant().minus(Duration.ofDays(2));
        caseId = ivy.openCase("MEDIUM", referred);
    }

    @Test
    void recordsEveryCaseLevelAction() {
        Map<String, String> actions = Map.of(
                "/referral-decisions", "{\"decision\": \"section 47 enquiry\"}",
                "/risk-assessments", "{\"riskGrade\": \"HIGH\", \"rationale\": \"suspect lives with the child\"}",
                "/strategy-discussions", """
                        {"agencies": ["POLICE", "CHILDRENS_SOCIAL_CARE", "HEALTH"], "doctorPresent": true,
                         "decision": "medical today"}""",
                "/evidence", "{\"reference\": \"EXH-1\", \"description\": \"mobile phone\"}",
                "/forensic-submissions", "{\"submissionReference\": \"DF-9\"}",
                "/child-protection-conferences", "{}",
                "/assessments", "{}",
                "/notes", "{\"text\": \"mother asked for a female officer\"}");
        Instant at = referred.plus(Duration.ofHours(1));
        for (var action : actions.entrySet()) {
            assertRecorded(action.getKey(), action.getValue(), at);
        }
        assertRecorded("/forensic-submissions/DF-9/result", "{}", at.plus(Duration.ofHours(1)));

        List<JsonNode> timeline = awaitTimeline("ReferralDecisionRecorded", "RiskAssessed", "StrategyDiscussionHeld",
                "EvidenceSeized", "DigitalForensicSubmissionSent", "DigitalForensicResultReturned",
                "InitialChildProtectionConferenceHeld", "AssessmentCompleted", "NoteAdded");
        assertThat(titleOf(timeline, "ReferralDecisionRecorded")).isEqualTo("Referral decision: section 47 enquiry");
        assertThat(titleOf(timeline, "RiskAssessed")).isEqualTo("Risk assessed: high (suspect lives with the child)");
        assertThat(titleOf(timeline, "StrategyDiscussionHeld")).isEqualTo(
                "Strategy discussion held with police, childrens social care, health, doctor present: medical today");
        assertThat(titleOf(timeline, "EvidenceSeized")).isEqualTo("Evidence seized: EXH-1, mobile phone");
        assertThat(titleOf(timeline, "DigitalForensicSubmissionSent")).contains("DF-9");
        assertThat(titleOf(timeline, "DigitalForensicResultReturned")).contains("DF-9");
        assertThat(titleOf(timeline, "InitialChildProtectionConferenceHeld")).contains("conference held");
        assertThat(titleOf(timeline, "AssessmentCompleted")).contains("assessment completed");
        assertThat(titleOf(timeline, "NoteAdded")).isEqualTo("Note: mother asked for a female officer");
        assertThat(timeline).filteredOn(entry -> !entry.get("type").asText().startsWith("SlaClock"))
                .allSatisfy(entry -> assertThat(entry.get("recordedBy").asText()).isEqualTo("ivy"));
        eventually().untilAsserted(() -> assertThat(summary("north").path("riskGrade").asText()).isEqualTo("HIGH"));
    }

    @Test
    void recordsEveryActionForTheChildren() {
        Instant at = referred.plus(Duration.ofHours(2));
        ResponseEntity<JsonNode> sibling = ivy.post(cases("/children"), """
                {"ageYears": 6, "context": "younger sibling at the same address", "occurredAt": "%s"}""".formatted(at));
        assertThat(sibling.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(sibling.getBody().get("id").asText()).isEqualTo("child-2");
        assertThat(sibling.getHeaders().getLocation()).hasToString("/api/cases/" + caseId + "/children/child-2");

        assertRecorded("/children/child-1/medical-requests", "{\"requestedFrom\": \"on-call paediatrician\"}", at);
        assertRecorded("/children/child-1/medicals", "{\"examinedBy\": \"Dr Rao\", \"findingsReference\": \"MED-1\"}", at);
        assertRecorded("/children/child-1/abe-interview-plans", "{\"plannedFor\": \"%s\"}".formatted(
                at.plus(Duration.ofDays(3))), at);
        assertRecorded("/children/child-1/abe-interviews", "{}", at);
        assertRecorded("/children/child-2/abe-interviews-not-held", "{\"reason\": \"too young\"}", at);
        assertRecorded("/children/child-1/views", "{\"summaryReference\": \"VIEWS-1\"}", at);
        assertRecorded("/children/child-2/safeguarding-actions", "{\"action\": \"strategy for the sibling\"}", at);
        assertRecorded("/children/child-1/victim-updates", "{\"what\": \"suspect arrested\", \"how\": \"visit\"}", at);

        List<JsonNode> timeline = awaitTimeline("OtherChildIdentified", "MedicalRequested", "MedicalCompleted",
                "AbeInterviewPlanned", "AbeInterviewHeld", "AbeInterviewNotHeld", "ChildViewsRecorded",
                "SafeguardingActionTaken", "VictimUpdated");
        assertThat(titleOf(timeline, "OtherChildIdentified"))
                .isEqualTo("Other child identified (child-2), aged 6: younger sibling at the same address");
        assertThat(titleOf(timeline, "MedicalRequested")).isEqualTo("Medical requested for child-1 from on-call paediatrician");
        assertThat(titleOf(timeline, "MedicalCompleted")).isEqualTo("Medical completed for child-1 by Dr Rao (findings MED-1)");
        assertThat(titleOf(timeline, "AbeInterviewPlanned")).contains("child-1", at.plus(Duration.ofDays(3)).toString());
        assertThat(titleOf(timeline, "AbeInterviewHeld")).isEqualTo("ABE interview of child-1 held");
        assertThat(titleOf(timeline, "AbeInterviewNotHeld")).isEqualTo("ABE interview of child-2 not held: too young");
        assertThat(titleOf(timeline, "ChildViewsRecorded")).isEqualTo("Views of child-1 recorded (VIEWS-1)");
        assertThat(titleOf(timeline, "SafeguardingActionTaken")).isEqualTo("Safeguarding for child-2: strategy for the sibling");
        assertThat(titleOf(timeline, "VictimUpdated")).isEqualTo("Victim update for child-1 by visit: suspect arrested");
        assertThat(entryOf(timeline, "MedicalCompleted").get("facts").get("childId").asText()).isEqualTo("child-1");
    }

    @Test
    void recordsEveryActionForTheSuspects() {
        Instant at = referred.plus(Duration.ofHours(3));
        ResponseEntity<JsonNode> first = ivy.post(cases("/suspects"),
                "{\"hasAccessToChildren\": true, \"occurredAt\": \"%s\"}".formatted(at));
        String second = ivy.identifySuspect(caseId, at);
        assertThat(first.getBody().get("id").asText()).isEqualTo("suspect-1");
        assertThat(second).isEqualTo("suspect-2");

        Instant released = at.plus(Duration.ofHours(5));
        assertRecorded("/suspects/suspect-1/arrests", "{}", at.plus(Duration.ofHours(1)));
        assertRecorded("/suspects/suspect-1/interviews", "{\"underCaution\": true}", at.plus(Duration.ofHours(3)));
        assertRecorded("/suspects/suspect-1/bail", "{\"bailEndsAt\": \"%s\"}".formatted(released.plus(Duration.ofDays(90))),
                released);
        assertRecorded("/suspects/suspect-1/bail/extensions", """
                {"bailEndsAt": "%s", "authorisedBy": "Supt Hale"}""".formatted(released.plus(Duration.ofDays(180))),
                released.plus(Duration.ofHours(1)));
        assertRecorded("/suspects/suspect-1/cps-referrals", "{}", released.plus(Duration.ofHours(2)));
        assertRecorded("/suspects/suspect-1/charging-decisions", "{\"outcome\": \"CHARGED\"}",
                released.plus(Duration.ofHours(3)));
        assertRecorded("/suspects/suspect-2/release-under-investigation", "{}", at.plus(Duration.ofHours(4)));
        assertRecorded("/suspects/suspect-2/elimination", "{\"reason\": \"alibi confirmed\"}", at.plus(Duration.ofHours(6)));

        List<JsonNode> timeline = awaitTimeline("SuspectIdentified", "SuspectArrested", "SuspectInterviewed",
                "SuspectBailed", "BailExtended", "ReferredToCps", "ChargingDecisionMade",
                "SuspectReleasedUnderInvestigation", "SuspectEliminated");
        assertThat(titleOf(timeline, "SuspectArrested")).isEqualTo("Suspect arrested (suspect-1)");
        assertThat(titleOf(timeline, "SuspectInterviewed")).isEqualTo("Suspect interviewed (suspect-1) under caution");
        assertThat(titleOf(timeline, "SuspectBailed")).isEqualTo("Suspect bailed (suspect-1) until "
                + released.plus(Duration.ofDays(90)));
        assertThat(titleOf(timeline, "BailExtended")).contains("authorised by Supt Hale");
        assertThat(titleOf(timeline, "ReferredToCps")).isEqualTo("Referred to the CPS (suspect-1)");
        assertThat(titleOf(timeline, "ChargingDecisionMade")).isEqualTo("Charged (suspect-1)");
        assertThat(titleOf(timeline, "SuspectReleasedUnderInvestigation")).contains("suspect-2");
        assertThat(titleOf(timeline, "SuspectEliminated")).isEqualTo("Suspect eliminated (suspect-2): alibi confirmed");
        assertThat(entryOf(timeline, "SuspectIdentified").get("title").asText())
                .isEqualTo("Suspect identified (suspect-1), has access to children");
    }

    /** From the transfer on, the case is team south's: its officer ian closes it and reads its timeline. */
    @Test
    void transferMovesTheCaseToTheNewTeamsListAndClosureEndsTheRecord() {
        Instant at = referred.plus(Duration.ofHours(1));
        assertRecorded("/transfers", "{\"toTeam\": \"south\", \"toOfficer\": \"ian\"}", at);
        Api ian = Api.as(http, "ian");

        eventually().untilAsserted(() -> {
            assertThat(caseIn("south")).isNotNull();
            assertThat(caseIn("north")).isNull();
        });
        assertThat(caseIn("south").get("officer").asText()).isEqualTo("ian");

        assertRecorded(ian, "/closure", "{\"outcome\": \"no further action; family supported\"}",
                at.plus(Duration.ofHours(1)));
        eventually().untilAsserted(() -> assertThat(summary("south").path("status").asText()).isEqualTo("CLOSED"));
        List<JsonNode> timeline = awaitTimeline(ian, "CaseTransferred", "CaseClosed");
        assertThat(titleOf(timeline, "CaseTransferred")).isEqualTo("Case transferred to ian, team south");
        assertThat(titleOf(timeline, "CaseClosed")).isEqualTo("Case closed: no further action; family supported");
    }

    private void assertRecorded(String path, String json, Instant at) {
        assertRecorded(ivy, path, json, at);
    }

    private void assertRecorded(Api officer, String path, String json, Instant at) {
        long before = events.count();
        String body = json.equals("{}") ? "{\"occurredAt\": \"" + at + "\"}"
                : json.substring(0, json.lastIndexOf('}')) + ", \"occurredAt\": \"" + at + "\"}";

        ResponseEntity<JsonNode> response = officer.post(cases(path), body);

        assertThat(response.getStatusCode()).as(path + " " + response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(events.count()).as(path).isEqualTo(before + 1);
    }

    private String cases(String path) {
        return "/api/cases/" + caseId + path;
    }

    private List<JsonNode> awaitTimeline(String... types) {
        return awaitTimeline(ivy, types);
    }

    private List<JsonNode> awaitTimeline(Api reader, String... types) {
        eventually().untilAsserted(() -> assertThat(timeline(reader)).extracting(entry -> entry.path("type").asText())
                .contains(types));
        return timeline(reader);
    }

    private List<JsonNode> timeline(Api reader) {
        return list(reader.get(cases("/timeline")).getBody());
    }

    private static JsonNode entryOf(List<JsonNode> timeline, String type) {
        return first(timeline, entry -> entry.path("type").asText().equals(type), type + " in the timeline");
    }

    private static String titleOf(List<JsonNode> timeline, String type) {
        return entryOf(timeline, type).get("title").asText();
    }

    private JsonNode summary(String team) {
        JsonNode found = caseIn(team);
        assertThat(found).isNotNull();
        return found;
    }

    /** Read by the auditor, who may list every team's cases. */
    private JsonNode caseIn(String team) {
        return list(Api.as(http, "ada").get("/api/cases?team=" + team).getBody()).stream()
                .filter(summary -> summary.path("caseId").asText().equals(caseId)).findFirst().orElse(null);
    }
}
