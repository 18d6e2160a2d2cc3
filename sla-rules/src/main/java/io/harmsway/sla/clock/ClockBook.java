package io.harmsway.sla.clock;

import io.harmsway.sla.api.SlaClockMetTimeCorrected;
import io.harmsway.sla.api.SlaClockStarted;

import java.time.Instant;
import java.util.List;

/**
 * Where the interpreter finds clocks and records their transitions, each with the events that
 * record it. Live it is the {@code sla_clock} table and the event store, written in the
 * processor's transaction; a backtest keeps simulated clocks in memory.
 */
public interface ClockBook {

    /**
     * The case's open clocks as they stand at {@code moment}: live the sweep keeps them up to date
     * on its own; a backtest first plays the sweep up to that moment.
     */
    List<RunningClock> running(String caseId, Instant moment);

    /** The open clocks that event started. */
    List<RunningClock> openStartedBy(String eventId);

    /** The met clocks that event stopped. */
    List<MetClock> metBy(String eventId);

    /** Starts the clock unless one of the same rule on the same subject of the case is open. */
    void start(RunningClock clock, String startedBy, SlaClockStarted started);

    /** Records a change of an open clock; {@code byEventId} is the event that caused it, if any. */
    void change(RunningClock before, Change change, String byEventId);

    /** Records that a met clock's meeting action now stands at another time. */
    void metTimeCorrected(SlaClockMetTimeCorrected corrected);
}
