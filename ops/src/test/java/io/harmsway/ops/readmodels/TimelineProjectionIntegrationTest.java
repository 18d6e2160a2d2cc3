package io.harmsway.ops.readmodels;

import io.harmsway.cases.api.AllegationCategory;
import io.harmsway.cases.api.EntryCorrected;
import io.harmsway.cases.api.ReferralReceived;
import io.harmsway.cases.api.RiskGrade;
import io.harmsway.cases.api.SuspectInterviewed;
import io.harmsway.cases.api.SuspectIdentified;
import io.harmsway.ops.support.MutableClock;
import io.harmsway.query.ReadModels;
import io.harmsway.query.api.CaseTimelineQuery;
import io.harmsway.query.api.TimelineEntry;
import io.harmsway.sla.api.SlaClockStarted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The timeline on its own: a case's events in, its chronology out. */
class TimelineProjectionIntegrationTest {

    private static final Instant REFERRED = Instant.parse("2026-03-02T09:00:00Z");

    @RegisterExtension
    static final ReadModelDatabase DATABASE = new ReadModelDatabase(new MutableClock(REFERRED));

    private final ReadModel timeline = DATABASE.group(ReadModels.TIMELINE);
    private final EventFeed feed = new EventFeed(timeline);

    @Test
    void entriesFollowWhenActionsHappenedWithWhoRecordedThemAndHowLate() throws Exception {
        Instant identified = REFERRED.plus(Duration.ofHours(1));
        String referral = feed.recorded("ivy", REFERRED.plus(Duration.ofHours(5)), referral("case-1"));
        String clock = feed.appendedBySla(REFERRED.plus(Duration.ofHours(5)), new SlaClockStarted("clock-1", "case-1",
                "suspect-interview", 1, "Interview the suspect", "suspect-1", RiskGrade.HIGH, identified,
                identified.plus(Duration.ofDays(7))));
        // Recorded last, though it happened before the clock it started was appended.
        String suspect = feed.recorded("ivy", REFERRED.plus(Duration.ofHours(6)),
                new SuspectIdentified("case-1", "suspect-1", true, identified.minusSeconds(60)));

        List<TimelineEntry> entries = entries("case-1");

        assertThat(entries).extracting(TimelineEntry::eventId).containsExactly(referral, suspect, clock);
        TimelineEntry first = entries.get(0);
        assertThat(first.type()).isEqualTo("ReferralReceived");
        assertThat(first.recordedBy()).isEqualTo("ivy");
        assertThat(first.occurredAt()).isEqualTo(REFERRED);
        assertThat(first.recordedAt()).isEqualTo(REFERRED.plus(Duration.ofHours(5)));
        assertThat(first.recordingLag()).isEqualTo(Duration.ofHours(5));
        assertThat(first.recordedLate()).isEqualTo("recorded 5h 0m after it happened");
        assertThat(first.title()).contains("Sexual abuse", "aged 9", "risk high");
        assertThat(entries.get(1).facts()).containsEntry("suspectId", "suspect-1").doesNotContainKey("caseId");
        assertThat(entries.get(2).recordedBy()).isEqualTo("system:sla");
        assertThat(entries.get(2).title()).startsWith("Clock started: Interview the suspect (suspect-1)");
        assertThat(entries("case-2")).isEmpty();
    }

    @Test
    void aCorrectionIsAnEntryOfItsOwnAndMarksTheEntryItCorrects() throws Exception {
        feed.recorded("ivy", REFERRED, referral("case-1"));
        Instant interviewed = REFERRED.plus(Duration.ofDays(2));
        String interview = feed.recorded("ivy", interviewed,
                new SuspectInterviewed("case-1", "suspect-1", true, interviewed));
        Instant corrected = interviewed.plus(Duration.ofHours(3));

        String correction = feed.recorded("sam", corrected, new EntryCorrected("case-1", interview, "SuspectInterviewed",
                Map.of("underCaution", "false"), "voluntary, not under caution", corrected));

        List<TimelineEntry> entries = entries("case-1");
        assertThat(entries).extracting(TimelineEntry::eventId).containsExactly(entries.get(0).eventId(), interview,
                correction);
        TimelineEntry original = entries.get(1);
        assertThat(original.corrected()).isTrue();
        assertThat(original.correctedBy()).isEqualTo(correction);
        assertThat(original.correctedValues()).isEqualTo(Map.of("underCaution", "false"));
        assertThat(original.facts()).containsEntry("underCaution", true);
        assertThat(entries.get(2).recordedBy()).isEqualTo("sam");
        assertThat(entries.get(2).corrected()).isFalse();
    }

    private static ReferralReceived referral(String caseId) {
        return new ReferralReceived(caseId, "north", "child-1", 9, AllegationCategory.SEXUAL_ABUSE, RiskGrade.HIGH,
                "phone call to MASH", "school", true, REFERRED);
    }

    private List<TimelineEntry> entries(String caseId) throws Exception {
        return timeline.ask(new CaseTimelineQuery(caseId), TimelineEntry.class);
    }
}
