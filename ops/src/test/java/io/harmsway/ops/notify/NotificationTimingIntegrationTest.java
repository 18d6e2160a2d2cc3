package io.harmsway.ops.notify;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * No alert fatigue: a user's warnings wait for their daily digest, which holds them all in one
 * mail; quiet hours hold a warning, and a breach of a case not at high risk if the user asked, but
 * never a breach of a high-risk case.
 */
class NotificationTimingIntegrationTest extends NotificationTestBase {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    DeliveryTiming timing;

    @Test
    void aDigestHoldsTheDaysWarningsInOneMailAtTheDigestTime() throws Exception {
        settings(ivy, "{\"email\": \"ivy@north.test\", \"digestWarnings\": true}");
        String caseId = highRiskCaseWithASuspect();
        Instant firstSweep = clock.instant().plus(Duration.ofHours(85));
        Instant digestTime = timing.nextDigest(firstSweep);
        assertThat(digestTime.atZone(LONDON).toLocalTime()).isEqualTo(LocalTime.of(7, 0));
        sweepAt(firstSweep);
        sweepAt(firstSweep.plus(Duration.between(firstSweep, digestTime).dividedBy(2)));
        List<String> warnings = eventIds(caseId, "SlaClockWarned", null);
        assertThat(eventIds(caseId, "SlaClockWarned", INTERVIEW)).hasSize(1);
        for (String warning : warnings) {
            await().until(() -> "DIGEST".equals(status(warning, "ivy", Channel.EMAIL)));
        }
        deliverDueTwice();
        assertThat(digests()).as("nothing before the digest time").isEmpty();
        assertThat(warnings).allSatisfy(warning -> assertThat(mailsWithKey(warning + ":ivy")).isEmpty());

        sweepAt(digestTime.plusSeconds(60));

        await().untilAsserted(() -> assertThat(digests()).hasSize(1));
        MimeMessage digest = digests().get(0);
        assertThat(digest.getSubject()).contains("Daily digest");
        Long digestId = jdbc.queryForObject("select digest_id from notification_delivery where event_id = ?"
                + " and recipient = 'ivy' and channel = 'EMAIL'", Long.class, warnings.get(0));
        for (String warning : warnings) {
            assertThat(status(warning, "ivy", Channel.EMAIL)).isEqualTo("BATCHED");
            assertThat(jdbc.queryForObject("select digest_id from notification_delivery where event_id = ?"
                    + " and recipient = 'ivy' and channel = 'EMAIL'", Long.class, warning)).isEqualTo(digestId);
        }
        String body = plainText(digest);
        assertThat(body).contains("Suspect interviewed after identification", caseId);
        assertThat(body.split("Warning: ", -1)).as("one line per warning").hasSizeGreaterThanOrEqualTo(warnings.size() + 1);
        clock.advance(Duration.ofHours(1));
        deliverDueTwice();
        assertThat(digests()).hasSize(1);
        assertThat(warnings).allSatisfy(warning -> assertThat(mailsWithKey(warning + ":ivy")).isEmpty());
    }

    private List<MimeMessage> digests() {
        return mailsTo("ivy@north.test").stream().filter(message -> {
            try {
                return message.getSubject().contains("Daily digest");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void quietHoursHoldAWarningAndALowerRiskBreachButNeverAHighRiskBreach() throws Exception {
        String medium = caseWithASuspect("MEDIUM");
        clock.advance(Duration.ofDays(7));
        String high = highRiskCaseWithASuspect();
        Instant bothDue = later(interviewDue(medium), interviewDue(high));

        quietHoursFromNow(clockAtLeast(bothDue.minus(Duration.ofDays(3)).minus(Duration.ofHours(11))));
        sweep.sweepDue();
        String warning = interviewEvent(high, "SlaClockWarned");
        await().until(() -> "PENDING".equals(status(warning, "ivy", Channel.EMAIL)));
        Instant quietEnd = dueAt(warning);
        assertThat(quietEnd).isAfter(clock.instant());
        deliverDueTwice();
        assertThat(mailsWithKey(warning + ":ivy")).as("held while quiet").isEmpty();

        clock.advance(Duration.between(clock.instant(), quietEnd).plusSeconds(60));
        await().untilAsserted(() -> assertThat(mailsWithKey(warning + ":ivy")).hasSize(1));

        quietHoursFromNow(clockAtLeast(bothDue.plusSeconds(60)));
        sweep.sweepDue();
        String highBreach = interviewEvent(high, "SlaClockBreached");
        String mediumBreach = interviewEvent(medium, "SlaClockBreached");
        awaitStatus(highBreach, "ivy", Channel.EMAIL, DeliveryStatus.SENT);
        await().until(() -> "PENDING".equals(status(mediumBreach, "ivy", Channel.EMAIL)));
        assertThat(mailsWithKey(highBreach + ":ivy")).as("a high-risk breach goes at once").hasSize(1);
        deliverDueTwice();
        assertThat(mailsWithKey(mediumBreach + ":ivy")).as("a medium-risk breach waits, as ivy asked").isEmpty();

        clock.advance(Duration.between(clock.instant(), dueAt(mediumBreach)).plusSeconds(60));
        await().untilAsserted(() -> assertThat(mailsWithKey(mediumBreach + ":ivy")).hasSize(1));
    }

    /** Quiet hours for ivy from a minute ago for three hours, holding lower-risk breaches too. */
    private void quietHoursFromNow(Instant now) {
        LocalTime from = now.atZone(LONDON).toLocalTime().minusMinutes(1).withSecond(0).withNano(0);
        settings(ivy, """
                {"email": "ivy@north.test", "quietFrom": "%s", "quietUntil": "%s", "quietHoursHoldLowerRiskBreaches": true}"""
                .formatted(from, from.plusHours(3)));
    }

    private Instant clockAtLeast(Instant moment) {
        if (clock.instant().isBefore(moment)) {
            clock.advance(Duration.between(clock.instant(), moment));
        }
        return clock.instant();
    }

    private Instant dueAt(String eventId) {
        return jdbc.queryForObject("select due_at from notification_delivery where event_id = ? and recipient = 'ivy'"
                + " and channel = 'EMAIL'", java.sql.Timestamp.class, eventId).toInstant();
    }

    private static Instant later(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

    static String plainText(MimeMessage message) throws Exception {
        jakarta.mail.Multipart multipart = (jakarta.mail.Multipart) message.getContent();
        StringBuilder text = new StringBuilder();
        collect(multipart, text);
        return text.toString();
    }

    private static void collect(jakarta.mail.Multipart multipart, StringBuilder text) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            Object content = multipart.getBodyPart(i).getContent();
            if (content instanceof jakarta.mail.Multipart inner) {
                collect(inner, text);
            } else if (multipart.getBodyPart(i).isMimeType("text/plain")) {
                text.append(content);
            }
        }
    }

}
