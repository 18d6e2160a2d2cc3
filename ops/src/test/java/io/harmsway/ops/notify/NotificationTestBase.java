package io.harmsway.ops.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.IntegrationTestBase;
import io.harmsway.ops.support.TestMailServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static io.harmsway.ops.support.Json.instant;
import static io.harmsway.ops.support.Json.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the notification tests share: the run's SMTP server (emptied before each test), a webhook
 * receiver of the test's own, the users' settings set over the API, and the clock events of a
 * case as the event store holds them. Each test leaves no settings and no deliveries behind, so
 * that other tests' clock events notify nobody.
 */
abstract class NotificationTestBase extends IntegrationTestBase {

    static final String INTERVIEW = "suspect-interview";

    @Autowired
    DeliveryWorker worker;

    final GreenMail mail = TestMailServer.get();
    WebhookReceiver receiver;
    Api oli;

    @BeforeEach
    void startTheReceivers() throws IOException, com.icegreen.greenmail.store.FolderException {
        receiver = new WebhookReceiver();
        mail.purgeEmailFromAllMailboxes();
        oli = Api.as(http, "oli");
        quietTheOtherTestsCases();
    }

    /**
     * The run's other tests leave open clocks in the shared database, mostly ivy's and so sam's, and
     * this test's sweeps would raise them too: hundreds of breaches to deliver before this test's own.
     * So, while nobody has chosen any channel, the clock moves on three months, past the end of every
     * rule's chain, and one sweep raises what is due; a case opened after it, once known to the
     * notifications group, shows the group has handled every event before it.
     */
    private void quietTheOtherTestsCases() {
        clock.advance(Duration.ofDays(90));
        sweep.sweepDue();
        String marker = ivy.openCase("STANDARD", clock.instant());
        await().until(() -> jdbc.queryForObject("select count(*) from notification_case where case_id = ?",
                Integer.class, marker) == 1);
        assertThat(jdbc.queryForObject("select count(*) from notification_delivery", Integer.class)).isZero();
    }

    @AfterEach
    void forgetEveryonesSettings() {
        receiver.close();
        jdbc.update("delete from notification_setting");
        jdbc.update("delete from notification_delivery");
    }

    /** {@code PUT /api/my/notification-settings} as the user: the answer, which must be 200. */
    JsonNode settings(Api user, String json) {
        ResponseEntity<JsonNode> answer = put(user, json);
        assertThat(answer.getStatusCode()).as(answer.toString()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    ResponseEntity<JsonNode> put(Api user, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return user.exchange("/api/my/notification-settings", HttpMethod.PUT, new HttpEntity<>(json, headers));
    }

    /** Mail and the receiver's webhook for the user; the receiver is given the new secret. */
    void mailAndWebhook(Api user, String name) {
        JsonNode answer = settings(user, """
                {"email": "%s@north.test", "webhookUrl": "%s"}""".formatted(name, receiver.url()));
        receiver.secret(answer.path("webhookSecret").asText());
    }

    /** A high-risk case of ivy's with a suspect identified now: its interview clock is running. */
    String highRiskCaseWithASuspect() {
        return caseWithASuspect("HIGH");
    }

    String caseWithASuspect(String riskGrade) {
        String caseId = ivy.openCase(riskGrade, clock.instant());
        ivy.identifySuspect(caseId, clock.instant());
        await().until(() -> interviewClock(caseId) != null);
        return caseId;
    }

    JsonNode interviewClock(String caseId) {
        return list(ivy.get("/api/sla/cases/" + caseId + "/clocks").getBody()).stream()
                .filter(clock -> clock.path("ruleId").asText().equals(INTERVIEW)).findFirst().orElse(null);
    }

    Instant interviewDue(String caseId) {
        return instant(interviewClock(caseId), "dueAt");
    }

    /** Moves the clock to just past the moment and sweeps. */
    void sweepAt(Instant moment) {
        if (clock.instant().isBefore(moment)) {
            clock.advance(Duration.between(clock.instant(), moment));
        }
        sweep.sweepDue();
    }

    /** The ids of the case's clock events of a type (and rule), in the order they were stored. */
    List<String> eventIds(String caseId, String type, String ruleId) {
        return jdbc.queryForList("""
                select event_identifier from domain_event_entry
                where payload_type like ? and convert_from(payload, 'UTF8')::jsonb ->> 'caseId' = ?
                  and (cast(? as text) is null or convert_from(payload, 'UTF8')::jsonb ->> 'ruleId' = ?)
                order by global_index""", String.class, "%." + type, caseId, ruleId, ruleId);
    }

    String interviewEvent(String caseId, String type) {
        await().until(() -> !eventIds(caseId, type, INTERVIEW).isEmpty());
        return eventIds(caseId, type, INTERVIEW).get(0);
    }

    /** Where the outbox row of an event for a recipient by a channel stands; null while there is none. */
    String status(String eventId, String recipient, Channel channel) {
        return jdbc.query("select status from notification_delivery where event_id = ? and recipient = ? and channel = ?",
                rs -> rs.next() ? rs.getString(1) : null, eventId, recipient, channel.name());
    }

    /** How often the row was attempted; -1 while there is no row. */
    int attempts(String eventId, String recipient, Channel channel) {
        return jdbc.query("select attempts from notification_delivery where event_id = ? and recipient = ?"
                + " and channel = ?", rs -> rs.next() ? rs.getInt(1) : -1, eventId, recipient, channel.name());
    }

    void awaitStatus(String eventId, String recipient, Channel channel, DeliveryStatus status) {
        await().untilAsserted(() -> assertThat(status(eventId, recipient, channel)).isEqualTo(status.name()));
    }

    /** The mails that arrived carrying a delivery's key. */
    List<MimeMessage> mailsWithKey(String key) {
        return Arrays.stream(mail.getReceivedMessages()).filter(message -> key.equals(header(message))).toList();
    }

    List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String header(MimeMessage message) {
        try {
            return message.getHeader(MailChannel.KEY_HEADER, null);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The delivery worker's runs a test can count on: the scheduled ones may come between them too. */
    void deliverDueTwice() {
        worker.deliverDue();
        worker.deliverDue();
    }
}
