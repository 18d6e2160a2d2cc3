package io.harmsway.sla.clock;

import io.harmsway.cases.api.AllegationCategory;
import io.harmsway.cases.api.NoteAdded;
import io.harmsway.cases.api.ReferralReceived;
import io.harmsway.cases.api.RiskGrade;
import io.harmsway.cases.api.SuspectIdentified;
import io.harmsway.sla.api.SlaClockStarted;
import io.harmsway.sla.rules.CaseFacts;
import io.harmsway.sla.rules.RuleCatalogue;
import io.harmsway.sla.rules.Rules;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keeper reads a processing batch's cases once, and reads a case again whenever what was read
 * may no longer hold: after the keeper wrote it, after an event that asked about it failed (its
 * savepoint's rollback released the locks), or, if the failing event took the batch's reads, all
 * of them. Each read is counted as the database would answer it, by the queries asked.
 */
class KeeperBatchTest {

    static final Instant T = Instant.parse("2026-03-02T09:00:00Z");

    final RuleCatalogue rules = new RuleCatalogue(List.of(Rules.read(Rules.SUSPECT_INTERVIEW)), Rules.CALENDAR);
    /** The batch reads asked, facts and clocks, with the cases each named. */
    final List<String> batchReads = new ArrayList<>();
    /** The single-case reads asked, facts and clocks. */
    final List<String> caseReads = new ArrayList<>();
    final KeeperBatch batch = new KeeperBatch(new EventsThatMatter(rules), this::readFacts, this::readClocks, true);

    final EventMessage<?> referralC1 = message(referral("c1"));
    final EventMessage<?> noteC2 = message(new NoteAdded("c2", "a note no rule names", T));
    final EventMessage<?> suspectC1 = message(new SuspectIdentified("c1", "suspect-1", false, T));
    final EventMessage<?> referralC3 = message(referral("c3"));
    final EventMessage<?> clockEventC1 = message(new SlaClockStarted("k", "c1", "suspect-interview", 1, "Suspect",
            "suspect-1", RiskGrade.HIGH, T, T.plus(Duration.ofDays(7))));

    @Test
    void theBatchsCasesThatMatterAreReadOnceInOneQueryEach() {
        EventsThatMatter keeperTakesUp = new EventsThatMatter(rules);
        inBatch(List.of(referralC1, noteC2, clockEventC1, suspectC1, referralC3), event -> {
            if (!keeperTakesUp.mayChangeClocks(event.getPayloadType())) {
                return;
            }
            String caseId = caseOf(event);
            batch.facts(caseId, this::readFacts);
            batch.openClocks(caseId, this::readClocks);
        });

        assertThat(batchReads).as("facts, then clocks; the note and the clock event name nothing")
                .containsExactly("facts of [c1, c3]", "clocks of [c1, c3]");
        assertThat(caseReads).isEmpty();
    }

    @Test
    void aCaseTheKeeperWroteIsReadAgainWhenNextAskedAbout() {
        inBatch(List.of(referralC1, suspectC1, referralC3), event -> {
            String caseId = caseOf(event);
            batch.openClocks(caseId, this::readClocks);
            if (event == referralC1) {
                batch.forget(caseId);
            }
        });

        assertThat(batchReads).containsExactly("facts of [c1, c3]", "clocks of [c1, c3]");
        assertThat(caseReads).containsExactly("clocks of c1");
    }

    @Test
    void anEventThatFailsLeavesItsCaseToBeReadAgain() {
        EventMessage<?> suspectC3 = message(new SuspectIdentified("c3", "suspect-2", false, T));
        inBatch(List.of(referralC1, referralC3, suspectC1, suspectC3), event -> {
            batch.openClocks(caseOf(event), this::readClocks);
            if (event == referralC3) {
                throw new IllegalStateException("refused");
            }
        });

        assertThat(batchReads).containsExactly("facts of [c1, c3]", "clocks of [c1, c3]");
        assertThat(caseReads).as("c3 failed after it was asked about; c1 stands").containsExactly("clocks of c3");
    }

    @Test
    void anEventThatFailsAfterTakingTheBatchsReadsLeavesAllToBeReadAgain() {
        inBatch(List.of(referralC1, referralC3, suspectC1), event -> {
            batch.openClocks(caseOf(event), this::readClocks);
            if (event == referralC1) {
                throw new IllegalStateException("refused");
            }
        });

        assertThat(batchReads).as("taken at c1, whose rollback released their locks, then again at c3")
                .containsExactly("facts of [c1, c3]", "clocks of [c1, c3]", "facts of [c1, c3]", "clocks of [c1, c3]");
        assertThat(caseReads).isEmpty();
    }

    @Test
    void anEventOfTheBatchThatCannotBeReadDoesNotFailTheOthers() {
        EventMessage<?> unreadable = new GenericEventMessage<>(referral("c4"), org.axonframework.messaging.MetaData.emptyInstance()) {
            @Override
            public ReferralReceived getPayload() {
                throw new IllegalStateException("cannot be deserialised");
            }
        };
        List<String> answered = new ArrayList<>();
        inBatch(List.of(referralC1, unreadable, referralC3), event -> {
            if (event != unreadable) {
                batch.openClocks(caseOf(event), this::readClocks);
                answered.add(caseOf(event));
            }
        });

        assertThat(answered).containsExactly("c1", "c3");
        assertThat(batchReads).containsExactly("facts of [c1, c3]", "clocks of [c1, c3]");
    }

    @Test
    void outsideAProcessorsBatchEveryQuestionGoesToTheDatabase() {
        batch.facts("c1", this::readFacts);
        batch.openClocks("c1", this::readClocks);
        KeeperBatch off = new KeeperBatch(new EventsThatMatter(rules), this::readFacts, this::readClocks, false);
        inBatch(List.of(referralC1), event -> off.openClocks("c1", this::readClocks));

        assertThat(batchReads).isEmpty();
        assertThat(caseReads).containsExactly("facts of c1", "clocks of c1", "clocks of c1");
    }

    /** Each event in a unit of work of its own inside the batch's, as the processor's savepoint per event does. */
    private static void inBatch(List<EventMessage<?>> messages, Consumer<EventMessage<?>> handling) {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(messages);
        unitOfWork.executeWithResult(() -> {
            UnitOfWork<EventMessage<?>> event = DefaultUnitOfWork.startAndGet(unitOfWork.getMessage());
            try {
                handling.accept(event.getMessage());
                event.commit();
            } catch (RuntimeException failure) {
                event.rollback(failure);
            }
            return null;
        }, RollbackConfigurationType.ANY_THROWABLE);
    }

    private Map<String, CaseFacts> readFacts(Collection<String> caseIds) {
        batchReads.add("facts of " + caseIds);
        return Map.of();
    }

    private Map<String, List<ClockRow>> readClocks(Collection<String> caseIds) {
        batchReads.add("clocks of " + caseIds);
        return Map.of();
    }

    private CaseFacts readFacts(String caseId) {
        caseReads.add("facts of " + caseId);
        return CaseFacts.none();
    }

    private List<ClockRow> readClocks(String caseId) {
        caseReads.add("clocks of " + caseId);
        return List.of();
    }

    private static String caseOf(EventMessage<?> event) {
        return ((io.harmsway.cases.api.CaseEvent) event.getPayload()).caseId();
    }

    private static ReferralReceived referral(String caseId) {
        return new ReferralReceived(caseId, "north", "child-1", 9, AllegationCategory.NEGLECT, RiskGrade.HIGH, "phone",
                "school", false, T);
    }

    private static EventMessage<?> message(Object payload) {
        return GenericEventMessage.asEventMessage(payload);
    }
}
