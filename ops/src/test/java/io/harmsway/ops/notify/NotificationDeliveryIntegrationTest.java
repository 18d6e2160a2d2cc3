package io.harmsway.ops.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.harmsway.ops.support.Api;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static io.harmsway.ops.support.Json.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A breach delivered for real: to the supervisor's mailbox on a real SMTP server and to a real
 * HTTP receiver that verifies each signature; once, however often the worker runs; exactly once
 * more after a receiver's failures; dead, visible and re-sendable when the receiver never
 * recovers; and sent once more, with the same webhook-id, after a node died between the send and
 * its record.
 */
class NotificationDeliveryIntegrationTest extends NotificationTestBase {

    /** Longer than any back-off with the default settings (at most an hour, plus a fifth). */
    static final Duration PAST_ANY_BACK_OFF = Duration.ofHours(2);

    @Autowired
    NotificationsHealthIndicator health;
    @Autowired
    MeterRegistry meters;
    @Autowired
    DeliveryStore store;
    @Autowired
    NotificationSettingsStore settingsStore;
    @Autowired
    MessageText text;
    @Autowired
    NotificationProperties properties;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DeliveryRecords records;

    @Test
    void aBreachReachesTheSupervisorsMailboxAndWebhookOnceSignedAndLinkingToTheCase() throws Exception {
        mailAndWebhook(sam, "sam");
        String caseId = highRiskCaseWithASuspect();

        sweepAt(interviewDue(caseId).plusSeconds(60));
        String breach = interviewEvent(caseId, "SlaClockBreached");
        String key = breach + ":sam";
        awaitStatus(breach, "sam", Channel.EMAIL, DeliveryStatus.SENT);
        awaitStatus(breach, "sam", Channel.WEBHOOK, DeliveryStatus.SENT);
        clock.advance(Duration.ofHours(1));
        deliverDueTwice();

        assertThat(receiver.received(key)).singleElement().satisfies(request -> {
            assertThat(request.verified()).as("the signature verifies with the secret").isTrue();
            JsonNode body = new ObjectMapper().readTree(request.body());
            assertThat(body.path("type").asText()).isEqualTo("sla.breach");
            assertThat(body.path("data").path("caseId").asText()).isEqualTo(caseId);
            assertThat(body.path("data").path("ruleId").asText()).isEqualTo(INTERVIEW);
            assertThat(body.path("data").path("recipient").asText()).isEqualTo("sam");
            assertThat(body.path("data").path("casePage").asText()).isEqualTo("http://localhost:8080/cases/" + caseId);
            // Any change to the body breaks the signature: what the receiver's check is for.
            assertThat(WebhookReceiver.verifies(receiverSecret(), request.id(), request.timestamp(),
                    request.body().replace(caseId, "another-case"), signatureOf(request))).isFalse();
        });
        List<MimeMessage> mails = mailsWithKey(key);
        assertThat(mails).hasSize(1);
        MimeMessage breachMail = mails.get(0);
        assertThat(breachMail.getAllRecipients()[0].toString()).isEqualTo("sam@north.test");
        assertThat(breachMail.getSubject()).contains("Breach", "Suspect interviewed after identification", caseId);
        List<String> parts = textParts(breachMail);
        assertThat(parts).anySatisfy(part -> assertThat(part).startsWith("text/plain")
                .contains("http://localhost:8080/cases/" + caseId));
        assertThat(parts).anySatisfy(part -> assertThat(part).startsWith("text/html")
                .contains("<a href=\"http://localhost:8080/cases/" + caseId + "\">"));
    }

    @Test
    void aReceiverThatFailsThreeTimesThenRecoversGetsTheMessageExactlyOnceMore() {
        webhookOnly(sam);
        receiver.failEachIdFirst(3);
        double retriedBefore = count("harmsway.notifications.retried");
        String caseId = highRiskCaseWithASuspect();

        sweepAt(interviewDue(caseId).plusSeconds(60));
        String breach = interviewEvent(caseId, "SlaClockBreached");
        String key = breach + ":sam";
        for (int attempt = 1; attempt <= 3; attempt++) {
            int expected = attempt;
            await().untilAsserted(() -> assertThat(receiver.received(key)).hasSize(expected));
            await().until(() -> attempts(breach, "sam", Channel.WEBHOOK) == expected);
            assertThat(status(breach, "sam", Channel.WEBHOOK)).isEqualTo("PENDING");
            clock.advance(PAST_ANY_BACK_OFF);
        }
        awaitStatus(breach, "sam", Channel.WEBHOOK, DeliveryStatus.SENT);
        clock.advance(PAST_ANY_BACK_OFF);
        deliverDueTwice();

        assertThat(receiver.received(key)).extracting(WebhookReceiver.Received::status)
                .containsExactly(500, 500, 500, 204);
        assertThat(receiver.received(key)).allMatch(WebhookReceiver.Received::verified);
        assertThat(attempts(breach, "sam", Channel.WEBHOOK)).isEqualTo(4);
        assertThat(count("harmsway.notifications.retried") - retriedBefore).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aReceiverThatNeverRecoversLeavesADeadDeliveryAnOperatorSeesAndResends() {
        webhookOnly(sam);
        receiver.failAlways();
        String caseId = highRiskCaseWithASuspect();

        sweepAt(interviewDue(caseId).plusSeconds(60));
        String breach = interviewEvent(caseId, "SlaClockBreached");
        String key = breach + ":sam";
        for (int attempt = 1; attempt < properties.maxAttempts(); attempt++) {
            int expected = attempt;
            await().until(() -> attempts(breach, "sam", Channel.WEBHOOK) == expected);
            clock.advance(PAST_ANY_BACK_OFF);
        }
        awaitStatus(breach, "sam", Channel.WEBHOOK, DeliveryStatus.DEAD);
        clock.advance(PAST_ANY_BACK_OFF);
        deliverDueTwice();
        assertThat(receiver.received(key)).hasSize(properties.maxAttempts()).allMatch(request -> request.status() == 500);

        JsonNode dead = first(oli.get("/api/ops/notifications/dead").getBody(), breach);
        assertThat(dead.path("recipient").asText()).isEqualTo("sam");
        assertThat(dead.path("channel").asText()).isEqualTo("WEBHOOK");
        assertThat(dead.path("kind").asText()).isEqualTo("BREACH");
        assertThat(dead.path("caseId").asText()).isEqualTo(caseId);
        assertThat(dead.path("attempts").asInt()).isEqualTo(properties.maxAttempts());
        assertThat(dead.path("lastError").asText()).contains("500");
        assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(oli.get("/actuator/health").getBody().path("components").path("notifications")
                .path("status").asText()).isEqualTo("OUT_OF_SERVICE");
        assertThat(sam.get("/api/ops/notifications/dead").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(sam.post("/api/ops/notifications/" + dead.path("id").asLong() + "/resend", "")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> unknown = oli.post("/api/ops/notifications/999999999/resend", "");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody().path("errors").get(0).path("field").asText()).isEqualTo("id");

        receiver.recover();
        ResponseEntity<JsonNode> resend = oli.post("/api/ops/notifications/" + dead.path("id").asLong() + "/resend", "");
        assertThat(resend.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        awaitStatus(breach, "sam", Channel.WEBHOOK, DeliveryStatus.SENT);
        deliverDueTwice();
        assertThat(receiver.received(key)).filteredOn(WebhookReceiver.Received::delivered).singleElement()
                .satisfies(request -> assertThat(request.verified()).isTrue());
        assertThat(oli.post("/api/ops/notifications/" + dead.path("id").asLong() + "/resend", "").getStatusCode())
                .as("a delivery that is no longer dead").isEqualTo(HttpStatus.NOT_FOUND);
    }

    /**
     * A node that sent and died before recording it, simulated by a second delivery worker, on this
     * node's database, whose record step fails as a killed process would never reach it; it runs
     * four hours ahead, so it takes a warning that quiet hours hold for this node's own worker. The
     * row stays claimed until its lease runs out; then this node sends it once more with the same
     * webhook-id, records it, and never sends it again. It shows the repeat is bounded by the record;
     * it does not kill a JVM.
     */
    @Test
    void aNodeStoppedBetweenTheSendAndItsRecordSendsAtMostOneRepeatWithTheSameWebhookId() {
        String caseId = highRiskCaseWithASuspect();
        Instant firstWarning = caseStart(caseId).plus(Duration.ofHours(85));
        clock.advance(Duration.between(clock.instant(), firstWarning));
        ZoneId london = ZoneId.of("Europe/London");
        java.time.LocalTime from = clock.instant().atZone(london).toLocalTime().minusMinutes(1).withSecond(0).withNano(0);
        JsonNode answer = settings(ivy, """
                {"webhookUrl": "%s", "quietFrom": "%s", "quietUntil": "%s"}"""
                .formatted(receiver.url(), from, from.plusHours(3)));
        receiver.secret(answer.path("webhookSecret").asText());
        sweep.sweepDue();
        String warning = interviewEvent(caseId, "SlaClockWarned");
        String key = warning + ":ivy";
        await().until(() -> "PENDING".equals(status(warning, "ivy", Channel.WEBHOOK)));

        Clock ahead = Clock.offset(clock, Duration.ofHours(4));
        DeliveryWorker dying = new DeliveryWorker(store, new DigestWriter(store, new TransactionTemplate(transactions),
                ahead), new DiesBeforeRecording(store, ahead, properties),
                List.of(new WebhookChannel(properties.webhooks(), settingsStore, text, NotificationConfiguration.JSON,
                        ahead)), ahead, properties);
        // It takes a batch at a time, the most overdue first: other rows may come before this one.
        await().until(() -> {
            dying.deliverDue();
            return !receiver.received(key).isEmpty();
        });
        assertThat(receiver.received(key)).hasSize(1);
        assertThat(status(warning, "ivy", Channel.WEBHOOK)).isEqualTo("PENDING");
        assertThat(attempts(warning, "ivy", Channel.WEBHOOK)).isZero();

        clock.advance(Duration.ofHours(4).plus(properties.lease()).plusSeconds(60));
        awaitStatus(warning, "ivy", Channel.WEBHOOK, DeliveryStatus.SENT);
        clock.advance(Duration.ofHours(1));
        deliverDueTwice();
        dying.deliverDue();

        assertThat(receiver.received(key)).hasSize(2).allSatisfy(request -> {
            assertThat(request.id()).isEqualTo(key);
            assertThat(request.verified()).isTrue();
        });
        assertThat(attempts(warning, "ivy", Channel.WEBHOOK)).isEqualTo(1);
    }

    /**
     * Three workers at once on the same outbox (this node's scheduled one, its bean called here, and
     * a second node's): {@code FOR UPDATE SKIP LOCKED} and the lease give each row to one of them.
     */
    @Test
    void workersRunningAtOnceSendEachDeliveryOnce() {
        webhookOnly(sam);
        String run = java.util.UUID.randomUUID().toString();
        int rows = 120;
        for (int i = 0; i < rows; i++) {
            jdbc.update("""
                    insert into notification_delivery (event_id, recipient, channel, kind, case_id, address, content,
                                                       status, due_at, created_at)
                    values (?, 'sam', 'WEBHOOK', 'BREACH', 'case-of-the-run', ?, ?::jsonb, 'PENDING', ?, ?)""",
                    run + "-" + i, receiver.url(), "{\"kind\": \"BREACH\", \"caseId\": \"case-of-the-run\"}",
                    java.sql.Timestamp.from(clock.instant()), java.sql.Timestamp.from(clock.instant()));
        }
        DeliveryWorker secondNode = new DeliveryWorker(store, new DigestWriter(store,
                new TransactionTemplate(transactions), clock), records, List.of(new WebhookChannel(properties.webhooks(),
                settingsStore, text, NotificationConfiguration.JSON, clock)), clock, properties);

        java.util.concurrent.CompletableFuture<?>[] workers = java.util.stream.Stream.of(worker, secondNode)
                .map(each -> java.util.concurrent.CompletableFuture.runAsync(() -> {
                    while (pendingOf(run) > 0) {
                        each.deliverDue();
                    }
                })).toArray(java.util.concurrent.CompletableFuture[]::new);
        java.util.concurrent.CompletableFuture.allOf(workers).join();

        for (int i = 0; i < rows; i++) {
            assertThat(receiver.received(run + "-" + i + ":sam")).as("delivery " + i).hasSize(1);
        }
    }

    private int pendingOf(String run) {
        return jdbc.queryForObject("select count(*) from notification_delivery where event_id like ? and status <> 'SENT'",
                Integer.class, run + "-%");
    }

    /** Records nothing: the process "died" after its send. */
    static final class DiesBeforeRecording extends DeliveryRecords {

        DiesBeforeRecording(DeliveryStore store, Clock clock, NotificationProperties properties) {
            super(store, new NotificationMetrics(new io.micrometer.core.instrument.simple.SimpleMeterRegistry()), clock,
                    properties);
        }

        @Override
        public void sent(Delivery delivery) {
            throw new IllegalStateException("killed between the send and its record");
        }
    }

    private void webhookOnly(Api user) {
        JsonNode answer = settings(user, "{\"webhookUrl\": \"%s\"}".formatted(receiver.url()));
        receiver.secret(answer.path("webhookSecret").asText());
    }

    private Instant caseStart(String caseId) {
        return io.harmsway.ops.support.Json.instant(interviewClock(caseId), "startedAt");
    }

    private String receiverSecret() {
        return settingsStore.of("sam").webhookSecret();
    }

    private static String signatureOf(WebhookReceiver.Received request) {
        return request.signature();
    }

    private double count(String name) {
        return meters.find(name).counters().stream().mapToDouble(counter -> counter.count()).sum();
    }

    private static JsonNode first(JsonNode deliveries, String eventId) {
        return list(deliveries).stream().filter(row -> row.path("eventId").asText().equals(eventId)).findFirst()
                .orElseThrow(() -> new AssertionError("no dead delivery of " + eventId + " in " + deliveries));
    }

    private static List<String> textParts(MimeMessage message) throws Exception {
        List<String> parts = new ArrayList<>();
        collect(message.getContent(), message.getContentType(), parts);
        return parts;
    }

    private static void collect(Object content, String type, List<String> parts) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i).getContent(), multipart.getBodyPart(i).getContentType(), parts);
            }
        } else if (content instanceof String string) {
            parts.add(type.toLowerCase() + "\n" + string);
        }
    }
}
