package io.harmsway.ops.sla;

import io.harmsway.cases.api.BailSuspect;
import io.harmsway.cases.api.ChargingOutcome;
import io.harmsway.cases.api.CorrectEntry;
import io.harmsway.cases.api.EliminateSuspect;
import io.harmsway.cases.api.ExtendBail;
import io.harmsway.cases.api.RecordChargingDecision;
import io.harmsway.cases.api.RecordRiskAssessment;
import io.harmsway.cases.api.RecordSuspectArrest;
import io.harmsway.cases.api.RecordSuspectInterview;
import io.harmsway.cases.api.ReferToCps;
import io.harmsway.cases.api.RiskGrade;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.IntegrationTest;
import io.harmsway.ops.support.MutableClock;
import io.harmsway.sla.api.ClockEvent;
import io.harmsway.sla.api.SlaClockAcknowledged;
import io.harmsway.sla.api.SlaClockBreached;
import io.harmsway.sla.api.SlaClockCancelled;
import io.harmsway.sla.api.SlaClockDueDateChanged;
import io.harmsway.sla.api.SlaClockEscalated;
import io.harmsway.sla.api.SlaClockFaulted;
import io.harmsway.sla.api.SlaClockMet;
import io.harmsway.sla.api.SlaClockMetTimeCorrected;
import io.harmsway.sla.api.SlaClockPaused;
import io.harmsway.sla.api.SlaClockStarted;
import io.harmsway.sla.api.SlaClockWarned;
import io.harmsway.sla.backtest.EventHistory;
import io.harmsway.sla.backtest.History;
import io.harmsway.sla.backtest.Progress;
import io.harmsway.sla.backtest.RecordedEvent;
import io.harmsway.sla.backtest.Replay;
import io.harmsway.sla.backtest.SimulatedClocks;
import io.harmsway.sla.clock.ClockKeeper;
import io.harmsway.sla.clock.ClockMachine;
import io.harmsway.ops.support.CaughtUpSweep;
import io.harmsway.sla.rules.RuleCatalogue;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A backtest judges history as the live system does: one case's history is recorded through the
 * running application (keeper and sweep on PostgreSQL, time moved by the test and swept at each
 * step), then read back from the event store and replayed in memory, as a backtest replays it,
 * with the same rules. Every transition a case event caused must be the same on both sides, clock
 * by clock: started, re-dated by a correction, an extension or a new risk, paused, cancelled, met,
 * met time corrected. The sweep's own alerts differ by design (after an outage the live sweep
 * raises only the latest warning), but what they leave behind does not: a clock that breached
 * before the risk changed keeps its due date on both sides.
 */
@IntegrationTest
class SlaTransitionsLiveAndReplayedIntegrationTest {

    static final String INTERVIEW = "suspect-interview";
    static final String BAIL = "pre-charge-bail";
    static final Set<Class<?>> RAISED_BY_SWEEP_OR_OFFICER = Set.of(SlaClockWarned.class, SlaClockBreached.class,
            SlaClockEscalated.class, SlaClockFaulted.class, SlaClockAcknowledged.class);

    @Autowired
    TestRestTemplate http;
    @Autowired
    MutableClock clock;
    @Autowired
    CaughtUpSweep sweep;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandGateway commands;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    RuleCatalogue catalogue;
    @Autowired
    ClockMachine machine;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    String caseId;

    @Test
    void everyTransitionOfACaseIsTheSameLiveAndReplayed() {
        Api ivy = Api.as(http, "ivy");
        SlaSteps steps = new SlaSteps(commands, ivy, Api.as(http, "sam"));
        Instant start = clock.instant();
        // Suspects are numbered in the order they are identified.
        String questioned = "suspect-1";
        String eliminated = "suspect-2";
        String regraded = "suspect-3";
        String identifiedAfterTheNewRisk = "suspect-4";
        caseId = ivy.openCase("HIGH", start);
        ivy.identifySuspect(caseId, start);
        at(start.plus(Duration.ofHours(1)), () -> ivy.identifySuspect(caseId, clock.instant()));
        at(start.plus(Duration.ofHours(2)), () -> steps.record("ivy", new CorrectEntry(caseId,
                eventId(caseId, "SuspectIdentified", eliminated), Map.of("occurredAt", start.toString()),
                "identified at the same time as the first")));
        at(start.plus(Duration.ofDays(1)), () -> {
            steps.record("ivy", new RecordSuspectArrest(caseId, questioned, clock.instant()));
            steps.record("ivy", new BailSuspect(caseId, questioned, start.plus(Duration.ofDays(60)), clock.instant()));
        });
        at(start.plus(Duration.ofDays(1).plusHours(1)), () -> steps.record("ivy", new ExtendBail(caseId, questioned,
                start.plus(Duration.ofDays(90)), "Insp. Grey", clock.instant())));
        at(start.plus(Duration.ofDays(2)), () -> steps.record("ivy", new ReferToCps(caseId, questioned, clock.instant())));
        at(start.plus(Duration.ofDays(3)), () -> steps.record("ivy",
                new EliminateSuspect(caseId, eliminated, "alibi confirmed", clock.instant())));
        at(start.plus(Duration.ofDays(7).plusHours(1)), () -> ivy.identifySuspect(caseId, clock.instant()));
        at(start.plus(Duration.ofDays(8)), () -> steps.record("ivy",
                new RecordRiskAssessment(caseId, RiskGrade.MEDIUM, "the suspect has moved away", clock.instant())));
        at(start.plus(Duration.ofDays(8).plusHours(1)), () -> ivy.identifySuspect(caseId, clock.instant()));
        at(start.plus(Duration.ofDays(9)), () -> steps.record("ivy",
                new RecordSuspectInterview(caseId, questioned, true, clock.instant())));
        at(start.plus(Duration.ofDays(9).plusHours(1)), () -> steps.record("ivy", new CorrectEntry(caseId,
                eventId(caseId, "SuspectInterviewed", questioned), Map.of("occurredAt", start.plus(Duration.ofDays(6)).toString()),
                "the interview was on day six")));
        at(start.plus(Duration.ofDays(10)), () -> steps.record("ivy", new RecordChargingDecision(caseId, questioned,
                ChargingOutcome.CHARGED, null, clock.instant())));
        awaitClocksCaughtUp();

        Map<String, List<ClockEvent>> live = byClock(transitionsOf(caseId, storedHistory()));
        List<ClockEvent> replayed = new ArrayList<>();
        new Replay(catalogue, machine, new SimulatedClocks(replayed::add, catalogue.calendar())).over(caseHistory(caseId), Progress.NONE);

        assertThat(byClock(replayed)).containsExactlyInAnyOrderEntriesOf(live);
        assertThat(clock(live, INTERVIEW, questioned)).extracting(Object::getClass)
                .as("breached before the risk changed, so not re-dated; met late, then corrected to on time")
                .containsExactly(SlaClockStarted.class, SlaClockMet.class, SlaClockMetTimeCorrected.class);
        assertThat(clock(live, INTERVIEW, eliminated)).extracting(Object::getClass).as("start corrected, then cancelled")
                .containsExactly(SlaClockStarted.class, SlaClockDueDateChanged.class, SlaClockCancelled.class);
        assertThat(clock(live, INTERVIEW, regraded)).extracting(Object::getClass).as("re-graded by the new risk")
                .containsExactly(SlaClockStarted.class, SlaClockDueDateChanged.class);
        assertThat(clock(live, INTERVIEW, identifiedAfterTheNewRisk)).first().isInstanceOfSatisfying(SlaClockStarted.class,
                started -> assertThat(started.riskGrade()).as("started at the case's new risk").isEqualTo(RiskGrade.MEDIUM));
        assertThat(clock(live, BAIL, questioned)).extracting(Object::getClass)
                .as("extended, paused while the CPS decides, met at the decision")
                .containsExactly(SlaClockStarted.class, SlaClockDueDateChanged.class, SlaClockPaused.class,
                        SlaClockMet.class);
    }

    private static List<ClockEvent> clock(Map<String, List<ClockEvent>> byClock, String ruleId, String subjectId) {
        return byClock.values().stream()
                .filter(clock -> clock.get(0).ruleId().equals(ruleId) && clock.get(0).subjectId().equals(subjectId))
                .findFirst().orElseThrow(() -> new AssertionError("no " + ruleId + " clock on " + subjectId));
    }

    /** At {@code moment}: the keeper has taken in what came before, the sweep has raised what is due, then the action. */
    private void at(Instant moment, Runnable action) {
        sweep.awaitKeeper();
        clock.advance(Duration.between(clock.instant(), moment));
        // A sweep skips a row another transaction holds; sweep until nothing of this moment is left.
        await().untilAsserted(() -> {
            sweep.sweepDue();
            assertThat(jdbc.queryForObject("select count(*) from sla_clock where case_id = ? and next_attention_at <= ?",
                    Long.class, caseId, Timestamp.from(moment))).isZero();
        });
        action.run();
    }

    /** The keeper has read every stored event, its own clock events included. */
    private void awaitClocksCaughtUp() {
        StreamingEventProcessor keeper = processing.eventProcessor(ClockKeeper.GROUP, StreamingEventProcessor.class)
                .orElseThrow();
        await().untilAsserted(() -> {
            long head = jdbc.queryForObject("select coalesce(max(global_index), -1) from domain_event_entry", Long.class);
            assertThat(keeper.processingStatus().values()).isNotEmpty().allSatisfy(segment ->
                    assertThat(segment.getCurrentPosition().orElse(-1)).isGreaterThanOrEqualTo(head));
        });
    }

    private String eventId(String caseId, String type, String suspectId) {
        return jdbc.queryForObject("""
                select event_identifier from domain_event_entry
                where aggregate_identifier = ? and payload_type like ?
                  and convert_from(payload, 'UTF8')::jsonb ->> 'suspectId' = ?""",
                String.class, caseId, "%." + type, suspectId);
    }

    private History storedHistory() {
        return new EventHistory(jdbc, eventSerializer, 100);
    }

    /** The stored history of one case only: other tests' cases share this database. */
    private History caseHistory(String caseId) {
        History all = storedHistory();
        return new History() {
            @Override
            public long lastIndex() {
                return all.lastIndex();
            }

            @Override
            public long readAll(Consumer<List<RecordedEvent>> page) {
                return all.readAll(events -> page.accept(events.stream()
                        .filter(recorded -> recorded.event().caseId().equals(caseId)).toList()));
            }
        };
    }

    /** The clock events the live keeper appended for the case, in the order it appended them. */
    private static List<ClockEvent> transitionsOf(String caseId, History history) {
        List<ClockEvent> transitions = new ArrayList<>();
        history.readAll(page -> page.stream().map(RecordedEvent::event)
                .filter(event -> event instanceof ClockEvent && event.caseId().equals(caseId))
                .map(ClockEvent.class::cast)
                .filter(event -> !RAISED_BY_SWEEP_OR_OFFICER.contains(event.getClass()))
                .forEach(transitions::add));
        return transitions;
    }

    private static Map<String, List<ClockEvent>> byClock(List<ClockEvent> transitions) {
        Map<String, List<ClockEvent>> byClock = new LinkedHashMap<>();
        transitions.forEach(event -> byClock.computeIfAbsent(event.clockId(), id -> new ArrayList<>()).add(event));
        return byClock;
    }
}
