package io.harmsway.sla.clock;

import io.harmsway.cases.api.AllegationCategory;
import io.harmsway.cases.api.CaseEvent;
import io.harmsway.cases.api.NoteAdded;
import io.harmsway.cases.api.ReferralReceived;
import io.harmsway.cases.api.RiskGrade;
import io.harmsway.cases.api.SuspectIdentified;
import io.harmsway.sla.RuleResources;
import io.harmsway.sla.SlaProperties;
import io.harmsway.sla.api.ClockEvent;
import io.harmsway.sla.api.SlaClockBreached;
import io.harmsway.sla.api.SlaClockMetTimeCorrected;
import io.harmsway.sla.api.SlaClockStarted;
import io.harmsway.sla.backtest.SimulatedClocks;
import io.harmsway.sla.rules.CaseFacts;
import io.harmsway.sla.rules.RuleCatalogue;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keeper takes up exactly the events the shipped rules (or its own case facts and corrections)
 * can act on, and the processor is told so before it spends anything on the others. Reads are
 * counted where the interpreter makes them: in its case and clock books (in memory here; live they
 * are the {@code sla_case} and {@code sla_clock} queries).
 */
class ClockKeeperTest {

    static final Instant T = Instant.parse("2026-03-02T09:00:00Z");

    final RuleCatalogue catalogue = new RuleResources(new StandardEnvironment()::resolveRequiredPlaceholders)
            .catalogue(SlaProperties.DEFAULT_RULES, SlaProperties.DEFAULT_BANK_HOLIDAYS);
    final List<ClockEvent> transitions = new ArrayList<>();
    final CountedCases cases = new CountedCases();
    final CountedClocks clocks = new CountedClocks(new SimulatedClocks(transitions::add, catalogue.calendar()));
    final CaseEventInterpreter interpreter = new CaseEventInterpreter(catalogue,
            new ClockMachine(new DueDates(catalogue.calendar())), cases, clocks);
    final ClockKeeper keeper = new ClockKeeper(interpreter);
    /** The processor's view of its group: it asks this whether to take an event up at all. */
    final SimpleEventHandlerInvoker group = SimpleEventHandlerInvoker.builder().eventHandlers(keeper).build();

    @Test
    void aNoteNoRuleNamesIsPassedOverByTheProcessorAndReadsNothing() {
        EventMessage<?> note = message(new NoteAdded("c", "called the school", T));

        assertThat(group.canHandle(note, Segment.ROOT_SEGMENT)).isFalse();
        assertThat(group.canHandleType(NoteAdded.class)).isFalse();
        keeper.handle(note);

        assertThat(cases.reads + clocks.reads).isZero();
        assertThat(cases.writes + clocks.writes).isZero();
    }

    @Test
    void theKeepersOwnClockEventsArePassedOverWhateverTheRulesName() {
        for (Class<?> clockEvent : List.of(SlaClockStarted.class, SlaClockBreached.class, SlaClockMetTimeCorrected.class)) {
            assertThat(interpreter.mayChangeClocks(clockEvent)).as(clockEvent.getSimpleName()).isFalse();
        }
        EventMessage<?> started = message(new SlaClockStarted("k", "c", "suspect-interview", 1, "Suspect interviewed",
                "suspect-1", RiskGrade.HIGH, T, T.plus(Duration.ofDays(7))));

        assertThat(group.canHandle(started, Segment.ROOT_SEGMENT)).isFalse();
        keeper.handle(started);

        assertThat(cases.reads + clocks.reads).isZero();
    }

    @Test
    void everyEventTypeTheShippedRulesNameAndEveryFactOrCorrectionIsTakenUp() {
        Set<String> named = new TreeSet<>(catalogue.eventTypesNamed());
        named.addAll(CaseEventNames.ALL);
        assertThat(named).as("the rule files name the events the product's rules are about")
                .contains("ReferralReceived", "SuspectIdentified", "SuspectInterviewed", "CaseClosed", "EntryCorrected",
                        "CaseTransferred", "RiskAssessed", "StrategyDiscussionHeld", "Section47EnquiryConcluded");
        for (String type : named) {
            assertThat(interpreter.mayChangeClocks(caseEvent(type))).as(type).isTrue();
        }
    }

    @Test
    void aRelevantEventIsStillInterpreted() {
        keeper.handle(message(new ReferralReceived("c", "north", "child-1", 9, AllegationCategory.NEGLECT,
                RiskGrade.HIGH, "phone", "school", false, T)));
        int readsAfterReferral = cases.reads + clocks.reads;
        EventMessage<?> suspect = message(new SuspectIdentified("c", "suspect-1", false, T.plus(Duration.ofHours(1))));

        assertThat(group.canHandle(suspect, Segment.ROOT_SEGMENT)).isTrue();
        keeper.handle(suspect);

        assertThat(readsAfterReferral).isPositive();
        assertThat(cases.reads + clocks.reads).isGreaterThan(readsAfterReferral);
        assertThat(transitions).filteredOn(SlaClockStarted.class::isInstance)
                .extracting(started -> ((SlaClockStarted) started).ruleId())
                .contains("strategy-discussion", "suspect-interview");
    }

    private static Class<?> caseEvent(String simpleName) {
        try {
            return Class.forName(CaseEvent.class.getPackageName() + "." + simpleName);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("a rule names " + simpleName + ", which is no case event", e);
        }
    }

    private static EventMessage<?> message(Object payload) {
        return GenericEventMessage.asEventMessage(payload);
    }

    /** Case facts in memory, each call counted. */
    static final class CountedCases implements CaseBook {
        final Map<String, CaseFacts> facts = new HashMap<>();
        int reads;
        int writes;

        @Override
        public CaseFacts factsOf(String caseId) {
            reads++;
            return facts.getOrDefault(caseId, CaseFacts.none());
        }

        @Override
        public void opened(String caseId, String team, String officer, CaseFacts referred) {
            writes++;
            facts.put(caseId, referred);
        }

        @Override
        public void riskChanged(String caseId, RiskGrade grade) {
            writes++;
            facts.computeIfPresent(caseId, (id, known) -> known.withRisk(grade));
        }

        @Override
        public void noted(String caseId, String name, String value) {
            writes++;
            facts.computeIfPresent(caseId, (id, known) -> known.with(name, value));
        }

        @Override
        public void transferred(String caseId, String team, String officer) {
            writes++;
        }
    }

    /** The backtest's clocks in memory, each call counted. */
    static final class CountedClocks implements ClockBook {
        final ClockBook clocks;
        int reads;
        int writes;

        CountedClocks(ClockBook clocks) {
            this.clocks = clocks;
        }

        @Override
        public List<RunningClock> running(String caseId, Instant moment) {
            reads++;
            return clocks.running(caseId, moment);
        }

        @Override
        public List<RunningClock> openStartedBy(String eventId) {
            reads++;
            return clocks.openStartedBy(eventId);
        }

        @Override
        public List<MetClock> metBy(String eventId) {
            reads++;
            return clocks.metBy(eventId);
        }

        @Override
        public void start(RunningClock clock, String startedBy, SlaClockStarted started) {
            writes++;
            clocks.start(clock, startedBy, started);
        }

        @Override
        public void change(RunningClock before, Change change, String byEventId) {
            writes++;
            clocks.change(before, change, byEventId);
        }

        @Override
        public void metTimeCorrected(SlaClockMetTimeCorrected corrected) {
            writes++;
            clocks.metTimeCorrected(corrected);
        }
    }
}
