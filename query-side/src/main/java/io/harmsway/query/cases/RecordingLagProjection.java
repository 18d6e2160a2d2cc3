package io.harmsway.query.cases;

import io.harmsway.cases.api.CaseEvent;
import io.harmsway.cases.api.ReferralReceived;
import io.harmsway.query.ProjectionWrites;
import io.harmsway.query.ReadModels;
import io.harmsway.sla.api.ClockEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;

import java.time.Duration;
import java.time.Instant;

/**
 * Counts, per case, the entries recorded late and the longest lag. Only officers' records count:
 * clock events are the system's, and the referral is counted where it opens the case's row.
 */
@ProcessingGroup(ReadModels.CASE_LIST)
public class RecordingLagProjection {

    private final ProjectionWrites writes;
    private final RecordingLag lag;

    public RecordingLagProjection(ProjectionWrites writes, RecordingLag lag) {
        this.writes = writes;
        this.lag = lag;
    }

    @EventHandler
    void on(CaseEvent event, @Timestamp Instant recordedAt) {
        if (event instanceof ClockEvent || event instanceof ReferralReceived) {
            return;
        }
        Duration recordingLag = lag.of(event, recordedAt);
        writes.update("""
                update case_summary
                set late_entries = late_entries + ?, longest_recording_lag = greatest(longest_recording_lag, ?)
                where case_id = ?""",
                lag.isLate(recordingLag) ? 1 : 0, recordingLag.toSeconds(), event.caseId());
    }
}
