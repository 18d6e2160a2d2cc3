package io.harmsway.sla.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.harmsway.cases.api.format.EventFormat;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Breach and escalation events gained the officer and the reminder number: events stored before
 * read as before, with no officer and as the step itself, and new ones keep both.
 */
class StoredClockEventsTest {

    private final ObjectMapper stored = EventFormat.objectMapper();

    @Test
    void aBreachStoredBeforeTheOfficerWasRecordedReadsWithNoOfficer() throws Exception {
        SlaClockBreached breached = stored.readValue("""
                {"clockId": "c-1", "caseId": "case-1", "ruleId": "suspect-interview", "ruleTitle": "Interview",
                 "subjectId": "suspect-1", "dueAt": "2026-03-09T09:00:00Z", "notifyRole": "supervisor",
                 "occurredAt": "2026-03-09T09:00:00Z"}""", SlaClockBreached.class);

        assertThat(breached.officer()).isNull();
        assertThat(breached.notifyRole()).isEqualTo("supervisor");
    }

    @Test
    void anEscalationStoredBeforeRemindersReadsAsTheStepItselfWithNoOfficer() throws Exception {
        SlaClockEscalated escalated = stored.readValue("""
                {"clockId": "c-1", "caseId": "case-1", "ruleId": "suspect-interview", "ruleTitle": "Interview",
                 "subjectId": "suspect-1", "level": 2, "notifyRole": "detective chief inspector",
                 "dueAt": "2026-03-09T09:00:00Z", "occurredAt": "2026-03-12T09:00:00Z"}""", SlaClockEscalated.class);

        assertThat(escalated.level()).isEqualTo(2);
        assertThat(escalated.reminder()).isZero();
        assertThat(escalated.officer()).isNull();
    }

    @Test
    void newEventsKeepTheOfficerAndTheReminder() throws Exception {
        Instant due = Instant.parse("2026-03-09T09:00:00Z");
        SlaClockEscalated reminder = new SlaClockEscalated("c-1", "case-1", "suspect-interview", "Interview",
                "suspect-1", 2, "detective chief inspector", due, due.plusSeconds(86_400 * 5), 1, "ivy");
        SlaClockBreached breached = new SlaClockBreached("c-1", "case-1", "suspect-interview", "Interview",
                "suspect-1", due, "supervisor", due, "ivy");

        assertThat(stored.readValue(stored.writeValueAsString(reminder), SlaClockEscalated.class)).isEqualTo(reminder);
        assertThat(stored.readValue(stored.writeValueAsString(breached), SlaClockBreached.class)).isEqualTo(breached);
    }
}
