package io.harmsway.ops.input;

import io.harmsway.ops.support.IntegrationTestBase;
import io.harmsway.ops.support.Processors;
import io.harmsway.ops.support.Refusals;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;

/**
 * What the tests of refused input start from: a case referred a day ago to send the input to, the
 * refusals checked against the store, and, after them all, processors that still advance.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RefusedInputTestBase extends IntegrationTestBase {

    Refusals refusals;
    Instant now;
    Instant referred;
    String caseId;

    @BeforeEach
    void openCase() {
        refusals = new Refusals(events);
        now = clock.instant();
        referred = now.minus(Duration.ofDays(1));
        caseId = ivy.openCase("HIGH", referred);
    }

    @AfterAll
    void processorsStillAdvanceAfterEveryRefusal() {
        Processors.assertStillAdvancing(ivy, clock.instant());
    }
}
