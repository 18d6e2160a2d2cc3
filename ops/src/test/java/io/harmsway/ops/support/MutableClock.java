package io.harmsway.ops.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock tests move by hand: time passes only when a test says so.
 *
 * <p>Axon judges the age of a gap in the global index (an append still being committed while a
 * later one is already visible) by the event's recorded time against this same clock, and gives
 * up on a gap older than a minute. A test that moves the clock by days would age every open gap
 * at once, and a processor would skip, for good, an event committed a moment later. So the one
 * place that asks (the storage engine's gap timeout) is told the clock still stands at the
 * epoch: in tests gaps never time out, as no transaction here lasts a minute of real time.
 */
public class MutableClock extends Clock {

    private static final String GAP_TIMEOUT_FRAME = "gapTimeoutFrame";
    private static final StackWalker STACK = StackWalker.getInstance();

    private final AtomicReference<Instant> now;

    public MutableClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    public void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    @Override
    public Instant instant() {
        return askedForAGapsAge() ? Instant.EPOCH : now.get();
    }

    private static boolean askedForAGapsAge() {
        // This method, instant(), then whoever asked: a few frames up at most.
        return STACK.walk(frames -> frames.limit(4).anyMatch(frame -> frame.getMethodName().equals(GAP_TIMEOUT_FRAME)
                && frame.getClassName().startsWith("org.axonframework.eventsourcing.eventstore")));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock is UTC only");
    }
}
