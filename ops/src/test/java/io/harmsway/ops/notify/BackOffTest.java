package io.harmsway.ops.notify;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Exponential back-off with jitter: doubling from the first wait, never past the longest plus its jitter. */
class BackOffTest {

    final NotificationProperties properties = new NotificationProperties(true, Duration.ofSeconds(5), 50, 8,
            Duration.ofSeconds(30), Duration.ofHours(1), 0.2, Duration.ofMinutes(2), LocalTime.of(7, 0),
            ZoneId.of("Europe/London"), "harmsway@localhost",
            new NotificationProperties.Webhooks(Duration.ofSeconds(5), Duration.ofSeconds(10), true, null));
    final DeliveryRecords records = new DeliveryRecords(null, null, null, properties);

    @Test
    void eachFailureDoublesTheWaitUpToTheLongestWithUpToAFifthMoreAtRandom() {
        long[] base = {30, 60, 120, 240, 480, 960, 1920, 3600, 3600};
        for (int failures = 1; failures <= base.length; failures++) {
            for (int draw = 0; draw < 50; draw++) {
                Duration wait = records.backOff(failures);
                assertThat(wait).as("after %d failures", failures)
                        .isBetween(Duration.ofSeconds(base[failures - 1]), Duration.ofMillis(base[failures - 1] * 1200));
            }
        }
    }
}
