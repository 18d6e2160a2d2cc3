package io.harmsway.cases.command;

import io.harmsway.cases.api.AddNote;
import io.harmsway.cases.api.CaseClosed;
import io.harmsway.cases.api.CaseRuleViolation;
import io.harmsway.cases.api.CaseTransferred;
import io.harmsway.cases.api.CorrectEntry;
import io.harmsway.cases.api.EntryCorrected;
import io.harmsway.cases.api.NoteAdded;
import io.harmsway.cases.api.RecordChildViews;
import io.harmsway.cases.api.RecordSuspectArrest;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.harmsway.cases.command.CaseFixtures.CASE;
import static io.harmsway.cases.command.CaseFixtures.CHILD_2;
import static io.harmsway.cases.command.CaseFixtures.EARLIER;
import static io.harmsway.cases.command.CaseFixtures.NOW;
import static io.harmsway.cases.command.CaseFixtures.RECEIVED_NOW;
import static io.harmsway.cases.command.CaseFixtures.REFERRAL;
import static io.harmsway.cases.command.CaseFixtures.REFERRED;
import static io.harmsway.cases.command.CaseFixtures.SUSPECT_1;

/** Corrections: a new entry naming the one it corrects, never a change to it. */
class CorrectionTest {

    private static final NoteAdded NOTE = new NoteAdded(CASE, "visited on Tuesday", EARLIER);

    private FixtureConfiguration<CaseFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = CaseFixtures.fixture();
    }

    /** The id the fixture's event store gave the n-th given event (ids are made when events are given). */
    private String idOfGivenEvent(int index) {
        List<? extends DomainEventMessage<?>> events = fixture.getEventStore().readEvents(CASE).asStream().toList();
        return events.get(index).getIdentifier();
    }

    @Test
    void correctsWhenAnEntryHappened() {
        TestExecutor<CaseFile> given = fixture.given(REFERRAL, SUSPECT_1);
        String suspectIdentified = idOfGivenEvent(1);
        Map<String, String> values = Map.of("occurredAt", EARLIER.toString());

        given.when(new CorrectEntry(CASE, suspectIdentified, values, "typed the wrong day"), RECEIVED_NOW)
                .expectEvents(new EntryCorrected(CASE, suspectIdentified, "SuspectIdentified", values,
                        "typed the wrong day", NOW));
    }

    @Test
    void correctsAFactOfAnEntry() {
        TestExecutor<CaseFile> given = fixture.given(REFERRAL, NOTE);
        String note = idOfGivenEvent(1);
        Map<String, String> values = Map.of("text", "visited on Wednesday");

        given.when(new CorrectEntry(CASE, note, values, "wrong day in the note"), RECEIVED_NOW)
                .expectEvents(new EntryCorrected(CASE, note, "NoteAdded", values, "wrong day in the note", NOW));
    }

    @Test
    void refusesCorrectionNamingAnEventNotInThisCase() {
        fixture.given(REFERRAL, NOTE)
                .when(new CorrectEntry(CASE, "some-other-event", Map.of("text", "x"), "typo"), RECEIVED_NOW)
                .expectNoEvents()
                .expectException(CaseRuleViolation.class)
                .expectExceptionMessage("no entry 'some-other-event' in this case");
    }

    @Test
    void refusesCorrectionWithoutReason() {
        TestExecutor<CaseFile> given = fixture.given(REFERRAL, NOTE);
        given.when(new CorrectEntry(CASE, idOfGivenEvent(1), Map.of("text", "x"), ""), RECEIVED_NOW)
                .expectNoEvents()
                .expectException(CaseRuleViolation.class);
    }

    @Test
    void refusesCorrectionOfAFieldTheEntryDoesNotHave() {
        TestExecutor<CaseFile> given = fixture.given(REFERRAL, NOTE);
        given.when(new CorrectEntry(CASE, idOfGivenEvent(1), Map.of("colour", "red"), "typo"), RECEIVED_NOW)
                .expectNoEvents()
                .expectExceptionMessage("NoteAdded has no such field");
    }

    @Test
    void refusesCorrectionOfAnIdentity() {
        TestExecutor<CaseFile> given = fixture.given(REFERRAL, SUSPECT_1);
        given.when(new CorrectEntry(CASE, idOfGivenEvent(1), Map.of("suspectId", "suspect-2"), "wrong man"),
                        RECEIVED_NOW)
                .expectNoEvents()
                .expectExceptionMessage("an identity cannot be corrected");
    }

    @Test
    void refusesCorrectionOfTheTeamAReferralWentTo() {
        TestExecutor<CaseFile> given = fixture.given(REFERRAL);
        given.when(new CorrectEntry(CASE, idOfGivenEvent(0), Map.of("team", "south"), "wrong team"), RECEIVED_NOW)
                .expectNoEvents()
                .expectExceptionMessage("who holds the case changes only by a transfer: record one");
    }

    @Test
    void refusesCorrectionOfTheOfficerACaseWasTransferredTo() {
        TestExecutor<CaseFile> given = fixture.given(REFERRAL, new CaseTransferred(CASE, "south", "ian", EARLIER));
        given.when(new CorrectEntry(CASE, idOfGivenEvent(1), Map.of("toOfficer", "nobody"), "wrong officer"),
                        RECEIVED_NOW)
                .expectNoEvents()
                .expectExceptionMessage("who holds the case changes only by a transfer: record one");
    }

    @Test
    void refusesCorrectedTimeThatIsNotAnInstant() {
        TestExecutor<CaseFile> given = fixture.given(REFERRAL, NOTE);
        given.when(new CorrectEntry(CASE, idOfGivenEvent(1), Map.of("occurredAt", "last Tuesday"), "typo"),
                        RECEIVED_NOW)
                .expectNoEvents()
                .expectExceptionMessage("must be an ISO-8601 instant such as 2026-11-20T09:30:00Z");
    }

    @Test
    void refusesCorrectedTimeInTheFuture() {
        TestExecutor<CaseFile> given = fixture.given(REFERRAL, NOTE);
        given.when(new CorrectEntry(CASE, idOfGivenEvent(1), Map.of("occurredAt", NOW.plusSeconds(5).toString()),
                        "typo"), RECEIVED_NOW)
                .expectNoEvents()
                .expectExceptionMessage("is in the future (" + NOW.plusSeconds(5) + ")");
    }

    @Test
    void refusesCorrectedTimeBeforeTheReferral() {
        TestExecutor<CaseFile> given = fixture.given(REFERRAL, NOTE);
        given.when(new CorrectEntry(CASE, idOfGivenEvent(1),
                        Map.of("occurredAt", REFERRED.minusSeconds(5).toString()), "typo"), RECEIVED_NOW)
                .expectNoEvents()
                .expectExceptionMessage("is before the referral (" + REFERRED + ")");
    }

    @Test
    void refusesCorrectionOfACorrection() {
        TestExecutor<CaseFile> given = fixture.given(REFERRAL, NOTE,
                new EntryCorrected(CASE, "x", "NoteAdded", Map.of("text", "y"), "typo", EARLIER));
        given.when(new CorrectEntry(CASE, idOfGivenEvent(2), Map.of("reason", "z"), "typo"), RECEIVED_NOW)
                .expectNoEvents()
                .expectExceptionMessage("is itself a correction: correct the original entry instead");
    }

    @Test
    void correctedReferralTimeMovesTheEarliestTimeOfLaterActions() {
        TestExecutor<CaseFile> given = fixture.given(REFERRAL);
        String referral = idOfGivenEvent(0);
        given.andGiven(new EntryCorrected(CASE, referral, "ReferralReceived", Map.of("occurredAt", EARLIER.toString()),
                        "referral came in later than typed", NOW))
                .when(new AddNote(CASE, "before the corrected referral", EARLIER.minusSeconds(1)), RECEIVED_NOW)
                .expectNoEvents()
                .expectExceptionMessage("is before the referral (" + EARLIER + ")");
    }

    @Test
    void refusesCorrectionOnAClosedCase() {
        TestExecutor<CaseFile> given = fixture.given(REFERRAL, NOTE, new CaseClosed(CASE, "NFA", EARLIER));
        given.when(new CorrectEntry(CASE, idOfGivenEvent(1), Map.of("text", "x"), "typo"), RECEIVED_NOW)
                .expectNoEvents()
                .expectExceptionMessage("the case is closed: nothing more can be recorded on it");
    }
    @Test
    void correctedIdentificationTimeMovesTheEarliestTimeOfThatSuspectsActions() {
        TestExecutor<CaseFile> given = fixture.given(REFERRAL, SUSPECT_1);
        String identified = idOfGivenEvent(1);
        given.andGiven(new EntryCorrected(CASE, identified, "SuspectIdentified", Map.of("occurredAt", EARLIER.toString()),
                        "identified a day later than typed", NOW))
                .when(new RecordSuspectArrest(CASE, "suspect-1", EARLIER.minusSeconds(1)), RECEIVED_NOW)
                .expectNoEvents()
                .expectExceptionMessage("is before suspect-1 was identified (" + EARLIER + ")");
    }

    @Test
    void correctedIdentificationTimeMovesTheEarliestTimeOfThatChildsActions() {
        TestExecutor<CaseFile> given = fixture.given(REFERRAL, CHILD_2);
        String identified = idOfGivenEvent(1);
        given.andGiven(new EntryCorrected(CASE, identified, "OtherChildIdentified", Map.of("occurredAt", NOW.toString()),
                        "the sibling was named this morning", NOW))
                .when(new RecordChildViews(CASE, "child-2", "VIEWS-2", EARLIER), RECEIVED_NOW)
                .expectNoEvents()
                .expectExceptionMessage("is before child-2 was identified (" + NOW + ")");
    }
}
