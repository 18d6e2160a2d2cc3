package io.harmsway.ops.caserecord;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

import java.time.Duration;

/**
 * Waiting for the asynchronous projections. The bound is generous because the test machine is
 * shared and busy: a projection batch can wait seconds for a CPU, and a condition that holds
 * returns as soon as it does, so a longer bound costs nothing when all is well.
 */
final class Eventually {

    private Eventually() {
    }

    static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofSeconds(45));
    }
}
