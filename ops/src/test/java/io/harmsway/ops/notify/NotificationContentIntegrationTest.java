package io.harmsway.ops.notify;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who is told, and what they are told. A breach reaches the supervisor and the officer who holds
 * the case; its escalation "to the detective inspector" reaches the team's holder of that position;
 * its acknowledgement tells the officer. No mail or webhook carries what the case holds about the
 * child: the referral's details, a note naming the child with a date of birth, the supervisor's
 * plan, all recorded here with words no notice may contain.
 */
class NotificationContentIntegrationTest extends NotificationTestBase {

    static final List<String> IDENTIFYING = List.of("Amelia", "Hartley", "14/02/2017", "Okafor", "Rosebank",
            "SEXUAL_ABUSE", "childAgeYears", "reportedBy");

    @Test
    void breachEscalationAndAcknowledgementReachWhomTheRuleNamesAndNameTheChildOnlyByReference() throws Exception {
        mailAndWebhook(sam, "sam");
        settings(ivy, "{\"email\": \"ivy@north.test\", \"webhookUrl\": \"%s\"}".formatted(receiver.url()));
        ResponseEntity<JsonNode> opened = ivy.post("/api/cases", """
                {"childAgeYears": 9, "allegation": "SEXUAL_ABUSE", "riskGrade": "HIGH",
                 "reportedVia": "phone call from Rosebank Primary", "reportedBy": "Mrs Okafor, class teacher",
                 "physicalSymptoms": true, "occurredAt": "%s"}""".formatted(clock.instant()));
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String caseId = opened.getBody().get("id").asText();
        assertThat(ivy.post("/api/cases/" + caseId + "/notes", """
                {"text": "Amelia Hartley (born 14/02/2017) told Mrs Okafor at Rosebank", "occurredAt": "%s"}"""
                .formatted(clock.instant())).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ivy.identifySuspect(caseId, clock.instant());
        await().until(() -> interviewClock(caseId) != null);
        String clockId = interviewClock(caseId).path("clockId").asText();

        sweepAt(interviewDue(caseId).plusSeconds(60));
        String breach = interviewEvent(caseId, "SlaClockBreached");
        sweepAt(interviewDue(caseId).plus(Duration.ofHours(24)).plusSeconds(60));
        String escalation = interviewEvent(caseId, "SlaClockEscalated");
        assertThat(sam.post("/api/sla/clocks/" + clockId + "/acknowledgement", """
                {"note": "DC Smith to see Amelia Hartley at Rosebank on Thursday"}""").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        String acknowledgement = interviewEvent(caseId, "SlaClockAcknowledged");

        for (String eventId : List.of(breach, escalation)) {
            awaitStatus(eventId, "sam", Channel.EMAIL, DeliveryStatus.SENT);
            awaitStatus(eventId, "sam", Channel.WEBHOOK, DeliveryStatus.SENT);
        }
        awaitStatus(breach, "ivy", Channel.EMAIL, DeliveryStatus.SENT);
        awaitStatus(acknowledgement, "ivy", Channel.EMAIL, DeliveryStatus.SENT);
        awaitStatus(acknowledgement, "ivy", Channel.WEBHOOK, DeliveryStatus.SENT);
        assertThat(status(escalation, "ivy", Channel.EMAIL)).as("the escalation is the inspector's").isNull();
        assertThat(status(acknowledgement, "sam", Channel.EMAIL)).as("not told of his own acknowledgement").isNull();
        assertThat(receiver.received(escalation + ":sam")).singleElement()
                .satisfies(request -> assertThat(request.body()).contains("\"type\":\"sla.escalation\"",
                        "\"addressedTo\":\"detective inspector\""));

        List<String> sent = new ArrayList<>();
        for (String key : List.of(breach + ":sam", escalation + ":sam", breach + ":ivy", acknowledgement + ":ivy")) {
            MimeMessage message = mailsWithKey(key).get(0);
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            message.writeTo(raw);
            sent.add(message.getSubject() + "\n" + raw.toString(java.nio.charset.StandardCharsets.UTF_8)
                    + "\n" + NotificationTimingIntegrationTest.plainText(message));
        }
        receiver.all().forEach(request -> sent.add(request.body()));
        assertThat(receiver.received(acknowledgement + ":ivy")).hasSize(1);
        assertThat(sent).hasSizeGreaterThanOrEqualTo(7).allSatisfy(text -> {
            for (String word : IDENTIFYING) {
                assertThat(text).doesNotContain(word);
            }
        });
        assertThat(sent).anySatisfy(text -> assertThat(text).contains(caseId));
    }
}
