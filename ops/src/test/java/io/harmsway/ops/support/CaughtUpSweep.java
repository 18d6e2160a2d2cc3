package io.harmsway.ops.support;

import io.harmsway.sla.clock.KeeperHorizon;
import io.harmsway.sla.clock.SlaSweep;

import java.time.Duration;

import static org.awaitility.Awaitility.await;

/**
 * The sweep as the tests run it: once the clock keeper has taken in every case event stored, as
 * Quartz's next run would find it in time. The sweep judges only as far as the keeper has got
 * ({@link KeeperHorizon}), so a test that records an action, moves the clock on and sweeps at once
 * would otherwise be judged as of the moment of its action. A test of the sweep running ahead of
 * the keeper uses {@link SlaSweep} itself.
 */
public final class CaughtUpSweep {

    private final SlaSweep sweep;
    private final KeeperHorizon horizon;

    public CaughtUpSweep(SlaSweep sweep, KeeperHorizon horizon) {
        this.sweep = sweep;
        this.horizon = horizon;
    }

    /** Waits for the keeper, then sweeps until nothing is due; answers how many clocks it handled. */
    public int sweepDue() {
        awaitKeeper();
        return sweep.sweepDue();
    }

    /** Waits until the keeper has stored its place past every event that may change a clock. */
    public void awaitKeeper() {
        await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20)).atMost(Duration.ofSeconds(30))
                .until(horizon::caughtUp);
    }
}
