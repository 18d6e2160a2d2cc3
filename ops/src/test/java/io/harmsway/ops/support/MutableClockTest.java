package io.harmsway.ops.support;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The test clock moves only when told, and never ages a gap in the global index (see {@link MutableClock}). */
class MutableClockTest {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void timePassesOnlyWhenATestSaysSo() {
        MutableClock clock = new MutableClock(START);
        assertThat(clock.instant()).isEqualTo(START);
        clock.advance(Duration.ofDays(95));
        assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofDays(95)));
    }

    /** Axon's own gap timeout, asked on the test clock, stands a minute before the epoch however far the clock has moved. */
    @Test
    void theStorageEnginesGapTimeoutNeverPassesOnTheTestClock() throws Exception {
        MutableClock clock = new MutableClock(START);
        clock.advance(Duration.ofDays(95));
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                .connectionProvider(() -> {
                    throw new IllegalStateException("no database here");
                })
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(JacksonSerializer.defaultSerializer())
                .snapshotSerializer(JacksonSerializer.defaultSerializer())
                .build();
        Method gapTimeoutFrame = JdbcEventStorageEngine.class.getDeclaredMethod("gapTimeoutFrame");
        gapTimeoutFrame.setAccessible(true);

        Clock before = GenericEventMessage.clock;
        GenericEventMessage.clock = clock;
        try {
            assertThat((Instant) gapTimeoutFrame.invoke(engine)).isEqualTo(Instant.EPOCH.minus(Duration.ofMinutes(1)));
            assertThat(clock.instant()).as("everyone else reads the test's time").isEqualTo(START.plus(Duration.ofDays(95)));
        } finally {
            GenericEventMessage.clock = before;
        }
    }
}
