package io.harmsway.ops.sla;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.support.IntegrationTestBase;
import io.harmsway.sla.rules.RuleCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;

import static io.harmsway.ops.support.Json.instant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The conference clock starts only as its rule file says: for a strategy discussion that decided a
 * section 47 enquiry whose outcome found the child likely to suffer significant harm, due 15
 * working days after the last such discussion. And one strategy discussion meets two clocks: the
 * discussion's own and the decision on the referral.
 */
class ConferenceAfterSection47IntegrationTest extends IntegrationTestBase {

    static final String CONFERENCE = "initial-child-protection-conference";

    @Autowired
    RuleCatalogue catalogue;

    SlaSteps steps;

    @BeforeEach
    void setUpSteps() {
        steps = new SlaSteps(commands, ivy, sam);
    }

    @Test
    void anEnquiryFindingSignificantHarmStartsTheConferenceClockFromTheLastDiscussionThatDecidedIt() {
        Instant referred = clock.instant().minus(Duration.ofDays(7));
        String caseId = ivy.openCase("HIGH", referred);
        Instant first = referred.plus(Duration.ofHours(2));
        Instant last = referred.plus(Duration.ofDays(2));
        discussion(caseId, true, first);
        discussion(caseId, false, referred.plus(Duration.ofDays(1)));
        discussion(caseId, true, last);
        outcome(caseId, "LIKELY_TO_SUFFER_SIGNIFICANT_HARM", referred.plus(Duration.ofDays(5)));

        JsonNode conference = steps.awaitClock(caseId, CONFERENCE, "case");
        assertThat(instant(conference, "startedAt")).isEqualTo(last);
        assertThat(instant(conference, "dueAt")).isEqualTo(catalogue.calendar().plusWorkingDays(last, 15));
        assertThat(conference.path("state").asText()).isEqualTo("OPEN");
    }

    @Test
    void noConferenceClockRunsForACaseWhoseEnquiryConcludedOtherwise() {
        Instant referred = clock.instant().minus(Duration.ofDays(7));
        String notSubstantiated = ivy.openCase("HIGH", referred);
        String noContinuingRisk = ivy.openCase("HIGH", referred);
        for (String caseId : new String[] {notSubstantiated, noContinuingRisk}) {
            discussion(caseId, true, referred.plus(Duration.ofHours(1)));
        }
        outcome(notSubstantiated, "NOT_SUBSTANTIATED", referred.plus(Duration.ofDays(2)));
        outcome(noContinuingRisk, "SUBSTANTIATED_NO_CONTINUING_RISK", referred.plus(Duration.ofDays(2)));
        for (String caseId : new String[] {notSubstantiated, noContinuingRisk}) {
            recordedAfterwards(caseId, referred.plus(Duration.ofDays(2)));
            assertThat(steps.clock(caseId, CONFERENCE, "case").isMissingNode())
                    .as("a conference clock on case " + caseId).isTrue();
            assertThat(events.count(caseId, "SlaClockStarted", CONFERENCE)).isZero();
        }
    }

    @Test
    void aStrategyDiscussionThatDecidedNoEnquiryStartsNoConferenceClockEvenAfterASignificantHarmOutcome() {
        Instant referred = clock.instant().minus(Duration.ofDays(7));
        String caseId = ivy.openCase("HIGH", referred);
        discussion(caseId, false, referred.plus(Duration.ofHours(1)));
        outcome(caseId, "LIKELY_TO_SUFFER_SIGNIFICANT_HARM", referred.plus(Duration.ofHours(20)));

        JsonNode conference = steps.awaitClock(caseId, CONFERENCE, "case");
        assertThat(instant(conference, "startedAt"))
                .as("no discussion decided the enquiry, so the clock counts from the outcome itself")
                .isEqualTo(referred.plus(Duration.ofHours(20)));
    }

    @Test
    void oneStrategyDiscussionMeetsTheDecisionOnTheReferralAndItsOwnClock() {
        Instant referred = clock.instant().minus(Duration.ofDays(7));
        String caseId = ivy.openCase("HIGH", referred);
        Instant held = referred.plus(Duration.ofHours(3));
        discussion(caseId, true, held);

        await().untilAsserted(() -> {
            for (String rule : new String[] {"referral-decision", "strategy-discussion"}) {
                JsonNode met = steps.clock(caseId, rule, "case");
                assertThat(met.path("state").asText()).as(rule).isEqualTo("MET");
                assertThat(instant(met, "stoppedAt")).as(rule).isEqualTo(held);
            }
        });
    }

    private void discussion(String caseId, boolean section47, Instant at) {
        ResponseEntity<JsonNode> answer = ivy.post("/api/cases/" + caseId + "/strategy-discussions", """
                {"agencies": ["POLICE", "CHILDRENS_SOCIAL_CARE", "HEALTH"], "doctorPresent": true,
                 "decision": "%s", "section47Enquiry": %s, "occurredAt": "%s"}"""
                .formatted(section47 ? "section 47 enquiry" : "single-agency police enquiry", section47, at));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private void outcome(String caseId, String outcome, Instant at) {
        ResponseEntity<JsonNode> answer = ivy.post("/api/cases/" + caseId + "/section-47-outcomes", """
                {"outcome": "%s", "summary": "enquiry concluded", "occurredAt": "%s"}""".formatted(outcome, at));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** Records a risk assessment after the outcome and waits for it to meet its clock: the outcome was processed before it. */
    private void recordedAfterwards(String caseId, Instant at) {
        assertThat(ivy.post("/api/cases/" + caseId + "/risk-assessments", """
                {"riskGrade": "HIGH", "rationale": "unchanged", "occurredAt": "%s"}""".formatted(at)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        await().untilAsserted(() -> assertThat(steps.clock(caseId, "risk-assessment", "case").path("state").asText())
                .isEqualTo("MET"));
    }
}
