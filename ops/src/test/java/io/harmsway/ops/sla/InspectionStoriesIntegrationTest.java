package io.harmsway.ops.sla;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.IntegrationTestBase;
import io.harmsway.sla.rules.RuleCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;

import static io.harmsway.ops.support.Json.instant;
import static io.harmsway.ops.support.Json.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The 2015 inspection's three stories, recorded over HTTP as a force would record them, day by
 * day with the clock moved and the sweep run every hour. Each test asserts the whole set of what
 * the case raised (every warning, breach, escalation and chase, by rule), not that one exists:
 * good practice raises nothing; the grandson's case raises the suspect interview and the
 * safeguarding of the other children the grandfather can reach; the eczema case raises the
 * missing doctor and medical.
 */
class InspectionStoriesIntegrationTest extends IntegrationTestBase {

    @Autowired
    RuleCatalogue catalogue;

    SlaSteps steps;

    @BeforeEach
    void setUpSteps() {
        steps = new SlaSteps(commands, ivy, sam);
    }

    @Test
    void theReportsGoodPracticeCaseRaisesNoWarningBreachOrEscalation() {
        Story story = story();
        story.record(story.at(0, 9, 30), "/api/cases", """
                {"childAgeYears": 13, "allegation": "ONLINE_ABUSE_OR_GROOMING", "riskGrade": "HIGH",
                 "reportedVia": "phone call to MASH", "reportedBy": "school", "physicalSymptoms": false}""");
        story.record(story.at(0, 10, 30), "/risk-assessments", """
                {"riskGrade": "HIGH", "rationale": "contact offending suspected"}""");
        story.record(story.at(0, 14, 0), "/strategy-discussions", """
                {"agencies": ["POLICE", "CHILDRENS_SOCIAL_CARE", "HEALTH"], "doctorPresent": true,
                 "decision": "joint section 47 enquiry; specially trained officers to interview",
                 "section47Enquiry": true}""");
        String suspect = story.record(story.at(0, 15, 0), "/suspects", "{\"hasAccessToChildren\": true}")
                .get("id").asText();
        String stepchild = story.record(story.at(0, 17, 0), "/children", """
                {"ageYears": 8, "context": "the suspect's stepchild"}""").get("id").asText();
        story.record(story.at(0, 18, 0), "/children/" + stepchild + "/safeguarding-actions", """
                {"action": "safety plan agreed with the mother; no contact with the suspect"}""");
        story.record(story.at(1, 10, 0), "/children/child-1/abe-interview-plans",
                "{\"plannedFor\": \"" + story.at(1, 14, 0) + "\"}");
        story.record(story.at(1, 14, 0), "/children/child-1/abe-interviews", "{}");
        story.record(story.at(2, 7, 0), "/suspects/" + suspect + "/arrests", "{}");
        story.record(story.at(2, 11, 0), "/suspects/" + suspect + "/interviews", "{\"underCaution\": true}");
        story.record(story.at(2, 15, 0), "/children/child-1/victim-updates", """
                {"what": "suspect arrested and interviewed", "how": "home visit"}""");
        story.record(story.at(3, 10, 0), "/suspects/" + suspect + "/cps-referrals", "{}");
        story.record(story.at(4, 12, 0), "/suspects/" + suspect + "/charging-decisions", "{\"outcome\": \"CHARGED\"}");
        story.record(story.at(4, 16, 0), "/children/child-1/victim-updates", """
                {"what": "suspect charged", "how": "phone call to the mother"}""");
        story.record(story.at(5, 11, 0), "/section-47-outcomes", """
                {"outcome": "LIKELY_TO_SUFFER_SIGNIFICANT_HARM", "summary": "grooming and contact offending"}""");
        story.record(story.at(12, 10, 0), "/child-protection-conferences", "{}");
        story.record(story.at(18, 11, 0), "/assessments", "{}");
        story.liveUntil(story.at(20, 18, 0));

        assertThat(story.raised()).isEmpty();
        assertThat(inboxRow(story.caseId()).isMissingNode()).isTrue();
        assertThat(list(ivy.get("/api/sla/cases/" + story.caseId() + "/clocks").getBody()))
                .extracting(clock -> clock.path("ruleId").asText() + " " + clock.path("state").asText())
                .contains("referral-decision MET", "strategy-discussion MET", "risk-assessment MET",
                        "safeguarding-other-children MET", "other-child-safeguarded MET", "child-account MET",
                        "suspect-interview MET", "victim-update MET", "initial-child-protection-conference MET",
                        "assessment MET")
                .allMatch(clock -> clock.endsWith("MET"));
    }

    @Test
    void theGrandsonsCaseRaisesTheSuspectInterviewAtItsDeadlineAndTheOtherChildrenUnsafeguarded() {
        Story story = story();
        story.record(story.at(0, 9, 30), "/api/cases", """
                {"childAgeYears": 9, "allegation": "SEXUAL_ABUSE", "riskGrade": "HIGH",
                 "reportedVia": "phone call to MASH", "reportedBy": "the boy's mother", "physicalSymptoms": false}""");
        story.record(story.at(0, 10, 0), "/risk-assessments", """
                {"riskGrade": "HIGH", "rationale": "rape alleged against the grandfather, who has access"}""");
        story.record(story.at(0, 11, 0), "/referral-decisions", "{\"decision\": \"strategy discussion today\"}");
        story.record(story.at(0, 15, 0), "/strategy-discussions", """
                {"agencies": ["POLICE", "CHILDRENS_SOCIAL_CARE", "HEALTH"], "doctorPresent": false,
                 "decision": "section 47 enquiry; ABE interview; interview the grandfather", "section47Enquiry": true}""");
        String grandfather = story.record(story.at(0, 16, 0), "/suspects", "{\"hasAccessToChildren\": true}")
                .get("id").asText();
        story.record(story.at(1, 10, 0), "/children/child-1/abe-interview-plans",
                "{\"plannedFor\": \"" + story.at(1, 14, 0) + "\"}");
        story.record(story.at(1, 14, 0), "/children/child-1/abe-interviews", "{}");
        JsonNode interview = steps.clock(story.caseId(), "suspect-interview", grandfather);
        Instant interviewDue = instant(interview, "dueAt");
        assertThat(interviewDue).isEqualTo(story.at(7, 16, 0));
        story.liveUntil(interviewDue.plusSeconds(1800));

        assertThat(story.raised()).containsExactly(
                "safeguarding-other-children BREACH", "safeguarding-other-children ESCALATION",
                "safeguarding-other-children WARNING",
                "suspect-interview BREACH", "suspect-interview WARNING");
        assertThat(story.moments("SlaClockBreached", "suspect-interview")).containsExactly(interviewDue);
        assertThat(story.moments("SlaClockBreached", "safeguarding-other-children")).containsExactly(story.at(1, 16, 0));
        await().untilAsserted(() -> {
            JsonNode row = inboxRow(story.caseId());
            assertThat(row.path("officer").asText()).isEqualTo("ivy");
            assertThat(list(row.path("supervisors"))).extracting(JsonNode::asText).containsExactly("sam");
            assertThat(list(row.path("alerts")))
                    .extracting(alert -> alert.path("ruleId").asText() + " " + alert.path("stage").asText())
                    .containsExactly("safeguarding-other-children ESCALATED", "suspect-interview BREACHED");
        });
    }

    @Test
    void theEczemaCaseRaisesTheMissingDoctorAndMedicalByTheStrategyDiscussionsDeadline() {
        Story story = story();
        story.record(story.at(0, 9, 30), "/api/cases", """
                {"childAgeYears": 4, "allegation": "SEXUAL_ABUSE", "riskGrade": "HIGH",
                 "reportedVia": "phone call to MASH", "reportedBy": "nursery", "physicalSymptoms": true}""");
        story.record(story.at(0, 10, 30), "/risk-assessments", """
                {"riskGrade": "HIGH", "rationale": "vaginal bleeding; allegation against a family member"}""");
        story.record(story.at(0, 13, 0), "/strategy-discussions", """
                {"agencies": ["POLICE", "CHILDRENS_SOCIAL_CARE"], "doctorPresent": false,
                 "decision": "no medical: thought to be eczema"}""");
        story.record(story.at(0, 15, 0), "/children/child-1/views", "{\"summaryReference\": \"V-4\"}");
        Instant doctorDue = instant(steps.clock(story.caseId(), "doctor-at-strategy-discussion", "case"), "dueAt");
        assertThat(doctorDue).as("one working day after the discussion").isEqualTo(story.at(1, 13, 0));
        story.liveUntil(doctorDue.plusSeconds(1800));

        assertThat(story.raised()).containsExactly(
                "doctor-at-strategy-discussion BREACH", "doctor-at-strategy-discussion WARNING",
                "medical-for-sexual-abuse BREACH", "medical-for-sexual-abuse WARNING");
        assertThat(story.moments("SlaClockBreached", "doctor-at-strategy-discussion")).containsExactly(doctorDue);
        assertThat(story.moments("SlaClockBreached", "medical-for-sexual-abuse")).containsExactly(story.at(1, 9, 30));
        assertThat(story.moments("SlaClockWarned", "doctor-at-strategy-discussion"))
                .as("four hours before the deadline, in working hours").containsExactly(story.at(1, 9, 0));
        await().untilAsserted(() -> assertThat(list(inboxRow(story.caseId()).path("alerts")))
                .extracting(alert -> alert.path("ruleId").asText() + " " + alert.path("stage").asText())
                .containsExactly("medical-for-sexual-abuse BREACHED", "doctor-at-strategy-discussion BREACHED"));
    }

    @Test
    void aPartnersMissedDeadlineTellsTheOfficerOnceToChaseAndNeverReachesTheSupervisorsInbox() {
        Story story = story();
        story.record(story.at(0, 9, 30), "/api/cases", """
                {"childAgeYears": 11, "allegation": "PHYSICAL_ABUSE", "riskGrade": "MEDIUM",
                 "reportedVia": "phone call to MASH", "reportedBy": "school", "physicalSymptoms": false}""");
        story.record(story.at(0, 10, 0), "/risk-assessments", "{\"riskGrade\": \"MEDIUM\", \"rationale\": \"bruising\"}");
        story.record(story.at(0, 14, 0), "/strategy-discussions", """
                {"agencies": ["POLICE", "CHILDRENS_SOCIAL_CARE", "HEALTH"], "doctorPresent": false,
                 "decision": "section 47 enquiry", "section47Enquiry": true}""");
        story.record(story.at(0, 15, 0), "/children/child-1/views", "{\"summaryReference\": \"V-11\"}");
        story.record(story.at(3, 11, 0), "/section-47-outcomes", """
                {"outcome": "LIKELY_TO_SUFFER_SIGNIFICANT_HARM", "summary": "injuries consistent with the account"}""");
        JsonNode conference = steps.clock(story.caseId(), "initial-child-protection-conference", "case");
        assertThat(conference.path("agency").asText()).isEqualTo("SOCIAL_CARE");
        assertThat(instant(conference, "dueAt")).as("15 working days after the discussion").isEqualTo(story.at(21, 14, 0));
        // The local authority never convenes the conference.
        story.liveUntil(story.at(25, 12, 0));

        assertThat(story.raised()).containsExactly("initial-child-protection-conference CHASE");
        assertThat(story.moments("SlaClockBreached", "initial-child-protection-conference"))
                .containsExactly(story.at(21, 14, 0));
        assertThat(steps.clock(story.caseId(), "initial-child-protection-conference", "case").path("escalations").asInt())
                .isZero();
        await().untilAsserted(() -> assertThat(list(ivy.get("/api/my/alerts").getBody()))
                .filteredOn(alert -> alert.path("caseId").asText().equals(story.caseId())).singleElement()
                .satisfies(alert -> {
                    assertThat(alert.path("ruleId").asText()).isEqualTo("initial-child-protection-conference");
                    assertThat(alert.path("stage").asText()).isEqualTo("CHASE_PARTNER");
                    assertThat(alert.path("notifyRole").asText()).isEqualTo("investigator");
                    assertThat(alert.path("officer").asText()).isEqualTo("ivy");
                    assertThat(list(alert.path("supervisors"))).extracting(JsonNode::asText).containsExactly("sam");
                }));
        assertThat(inboxRow(story.caseId()).isMissingNode()).isTrue();
        assertThat(list(sam.get("/api/cases?team=north").getBody()))
                .filteredOn(row -> row.path("caseId").asText().equals(story.caseId())).singleElement()
                .satisfies(row -> assertThat(row.path("clocksEverBreached").asInt())
                        .as("a partner's missed timescale counts in the figures").isEqualTo(1));
        JsonNode rule = list(ivy.get("/api/sla/rules").getBody()).stream()
                .filter(view -> view.path("id").asText().equals("no-charge-told-to-victim")).findFirst().orElseThrow();
        assertThat(rule.path("agency").asText()).isEqualTo("CPS");
        assertThat(list(rule.path("warnings"))).isEmpty();
        assertThat(list(rule.path("escalation"))).isEmpty();
    }

    private Story story() {
        return new Story(ivy, clock, sweep, jdbc, catalogue.calendar()::isWorkingDay);
    }

    /** The case's row in the north supervisor's inbox; a missing node when it has none. */
    private JsonNode inboxRow(String caseId) {
        return list(sam.get("/api/teams/north/inbox").getBody().path("cases")).stream()
                .filter(row -> row.path("caseId").asText().equals(caseId)).findFirst()
                .orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
    }
}
