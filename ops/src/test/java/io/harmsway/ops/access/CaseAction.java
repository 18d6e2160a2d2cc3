package io.harmsway.ops.access;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * One action endpoint on a case, as its path template under {@code /api/cases/{caseId}} and a body
 * the case's own team would have accepted on a {@link PreparedCase}. The list is every such
 * endpoint the application maps; {@code TeamAccessEndpointsIntegrationTest} fails when one is added
 * and not listed here.
 */
record CaseAction(String template, String body) {

    static Stream<CaseAction> all() {
        return Stream.of(
                new CaseAction("/referral-decisions", "{\"decision\": \"section 47 enquiry\", $AT}"),
                new CaseAction("/risk-assessments", "{\"riskGrade\": \"HIGH\", \"rationale\": \"suspect lives with the child\", $AT}"),
                new CaseAction("/strategy-discussions", """
                        {"agencies": ["POLICE", "HEALTH"], "doctorPresent": true, "decision": "medical today", $AT}"""),
                new CaseAction("/section-47-outcomes", "{\"outcome\": \"NOT_SUBSTANTIATED\", \"summary\": \"no concerns\", $AT}"),
                new CaseAction("/child-protection-conferences", "{$AT}"),
                new CaseAction("/assessments", "{$AT}"),
                new CaseAction("/transfers", "{\"toTeam\": \"south\", \"toOfficer\": \"ian\", $AT}"),
                new CaseAction("/closure", "{\"outcome\": \"no further action\", $AT}"),
                new CaseAction("/notes", "{\"text\": \"mother asked for a female officer\", $AT}"),
                new CaseAction("/corrections", """
                        {"correctedEventId": "$REFERRAL", "correctedValues": {"reportedBy": "GP"}, "reason": "typo"}"""),
                new CaseAction("/children", "{\"ageYears\": 6, \"context\": \"younger sibling\", $AT}"),
                new CaseAction("/children/{childId}/medical-requests", "{\"requestedFrom\": \"paediatrician\", $AT}"),
                new CaseAction("/children/{childId}/medicals", "{\"examinedBy\": \"Dr Rao\", \"findingsReference\": \"M-1\", $AT}"),
                new CaseAction("/children/{childId}/abe-interview-plans", "{\"plannedFor\": \"$LATER\", $AT}"),
                new CaseAction("/children/{childId}/abe-interviews", "{$AT}"),
                new CaseAction("/children/{childId}/abe-interviews-not-held", "{\"reason\": \"the child declined\", $AT}"),
                new CaseAction("/children/{childId}/views", "{\"summaryReference\": \"V-1\", $AT}"),
                new CaseAction("/children/{childId}/safeguarding-actions", "{\"action\": \"strategy agreed\", $AT}"),
                new CaseAction("/children/{childId}/victim-updates", "{\"what\": \"suspect arrested\", \"how\": \"home visit\", $AT}"),
                new CaseAction("/suspects", "{\"hasAccessToChildren\": true, $AT}"),
                new CaseAction("/suspects/{suspectId}/arrests", "{$AT}"),
                new CaseAction("/suspects/{suspectId}/interviews", "{\"underCaution\": true, $AT}"),
                new CaseAction("/suspects/{suspectId}/bail", "{\"bailEndsAt\": \"$LATER\", $AT}"),
                new CaseAction("/suspects/{suspectId}/bail/extensions", "{\"bailEndsAt\": \"$MUCH_LATER\", \"authorisedBy\": \"Supt Hale\", $AT}"),
                new CaseAction("/suspects/{suspectId}/release-under-investigation", "{$AT}"),
                new CaseAction("/suspects/{suspectId}/elimination", "{\"reason\": \"alibi confirmed\", $AT}"),
                new CaseAction("/suspects/{suspectId}/cps-referrals", "{$AT}"),
                new CaseAction("/suspects/{suspectId}/charging-decisions", "{\"outcome\": \"CHARGED\", $AT}"),
                new CaseAction("/evidence", "{\"reference\": \"EXH-1\", \"description\": \"mobile phone\", $AT}"),
                new CaseAction("/forensic-submissions", "{\"submissionReference\": \"DF-2\", $AT}"),
                new CaseAction("/forensic-submissions/{submissionReference}/result", "{$AT}"));
    }

    String path(PreparedCase on) {
        return "/api/cases/" + on.caseId() + template.replace("{childId}", "child-1")
                .replace("{suspectId}", PreparedCase.SUSPECT).replace("{submissionReference}", PreparedCase.SUBMISSION);
    }

    String body(PreparedCase on, Instant now) {
        return body.replace("$AT", "\"occurredAt\": \"" + now + "\"")
                .replace("$REFERRAL", on.referralEventId())
                .replace("$MUCH_LATER", now.plus(Duration.ofDays(180)).toString())
                .replace("$LATER", now.plus(Duration.ofDays(90)).toString());
    }

    @Override
    public String toString() {
        return template;
    }
}
