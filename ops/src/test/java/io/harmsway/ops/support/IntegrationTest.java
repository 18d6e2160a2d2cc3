package io.harmsway.ops.support;

import io.harmsway.sla.clock.KeeperHorizon;
import io.harmsway.sla.clock.SlaSweep;
import io.harmsway.ops.support.plans.ReadRecorder;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

/**
 * The whole application on a real port, against this run's own PostgreSQL database, with a
 * clock the test moves, sending its mail to the run's own SMTP server ({@link TestMailServer}). The periodic sweep is slowed so that only the test decides when it runs.
 * Tests extend {@link IntegrationTestBase}, which carries this annotation and their common set-up.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"harmsway.sla.sweep-interval=1h", "harmsway.database.create-if-missing=false"})
@ContextConfiguration(initializers = {FreshDatabase.class, TestMailServer.class})
@AutoConfigureObservability(tracing = false) // Spring's tests turn metrics export off; /actuator/prometheus is tested
// ReadRecorder (test code: it records the SQL of requests only while a test asks it to) is in every
// context, so that the tests that use it share the one application context: with a second context
// on the same database, a test that stops this node's processors (a rebuild, a dead-letter retry)
// sees the other context's processors go on.
@Import({IntegrationTest.TestClock.class, ReadRecorder.class})
public @interface IntegrationTest {

    Instant START = Instant.parse("2026-03-02T09:00:00Z");

    /**
     * One clock for every application context of the test run: a second node started in a test
     * component-scans this class too, and must see the same time as the first.
     */
    @TestConfiguration
    class TestClock {

        static final MutableClock CLOCK = new MutableClock(START);

        @Bean
        MutableClock clock() {
            return CLOCK;
        }

        /** The sweep as tests run it, once the clock keeper has caught up. */
        @Bean
        CaughtUpSweep caughtUpSweep(SlaSweep sweep, KeeperHorizon horizon) {
            return new CaughtUpSweep(sweep, horizon);
        }
    }
}
