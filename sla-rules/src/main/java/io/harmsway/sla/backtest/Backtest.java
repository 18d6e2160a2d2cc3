package io.harmsway.sla.backtest;

import io.harmsway.cases.api.RiskGrade;
import io.harmsway.sla.api.BacktestReport;
import io.harmsway.sla.api.ClockEvent;
import io.harmsway.sla.clock.ClockMachine;
import io.harmsway.sla.clock.DueDates;
import io.harmsway.sla.rules.CaseFacts;
import io.harmsway.sla.rules.EventFacts;
import io.harmsway.sla.rules.SlaRule;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one rule over the recorded history as the live keeper and sweep would have, in memory:
 * events in the order they were recorded, warnings and breaches at the moments they fell due.
 * A corrected time of the action that started a clock moves it, as it does live. Escalation is
 * left out: it depends on acknowledgements the rule did not exist to receive.
 * The rule applies to all of history, whatever its effective date, since the point is to ask
 * "what if it had been in force".
 */
public class Backtest {

    private final DueDates dueDates;

    public Backtest(DueDates dueDates) {
        this.dueDates = dueDates;
    }

    public BacktestReport run(SlaRule rule, History history, Instant asOf, Progress progress) {
        Run run = new Run(withoutEscalation(rule), new ClockMachine(dueDates));
        long total = history.lastIndex();
        long[] read = {0};
        long rows = history.readAll(page -> {
            for (RecordedEvent recorded : page) {
                if (!(recorded.event() instanceof ClockEvent)) {
                    run.on(recorded);
                }
                read[0] = recorded.globalIndex();
            }
            progress.advanced(read[0], total);
        });
        progress.advanced(total, total);
        return run.report(asOf, rows);
    }

    private static SlaRule withoutEscalation(SlaRule rule) {
        return new SlaRule(rule.id(), rule.version(), rule.effectiveFrom(), rule.title(), rule.purpose(), rule.source(),
                rule.subject(), rule.start(), rule.stop(), rule.pause(), rule.resume(), rule.cancel(), rule.extend(),
                rule.deadline(), rule.warnAt(), rule.notifies(), List.of());
    }

    /** One pass over the history: the cases' facts and the rule's clocks as they stand. */
    private static final class Run {
        private final SlaRule rule;
        private final ClockMachine machine;
        private final Map<String, CaseFacts> cases = new HashMap<>();
        private final Map<String, List<SimulatedClock>> running = new HashMap<>();
        private final Map<String, List<BacktestReport.Finding>> findings = new HashMap<>();
        private int started;

        Run(SlaRule rule, ClockMachine machine) {
            this.rule = rule;
            this.machine = machine;
        }

        void on(RecordedEvent recorded) {
            EventFacts facts = EventFacts.of(recorded.event());
            Instant at = recorded.event().occurredAt();
            String caseId = facts.caseId();
            CaseFacts caseFacts = remember(facts);
            List<SimulatedClock> clocks = running.computeIfAbsent(caseId, id -> new ArrayList<>());
            Instant correctedStart = correctedStart(facts);
            for (SimulatedClock clock : List.copyOf(clocks)) {
                clock.advanceTo(at, flags(caseId));
                if (correctedStart != null && clock.startedBy().equals(facts.get("correctedEventId"))) {
                    clock.apply(machine.startCorrected(clock.running(), correctedStart, at), flags(caseId));
                }
                if ("RiskAssessed".equals(facts.type())) {
                    clock.apply(machine.riskChanged(clock.running(), caseFacts.risk(), at), flags(caseId));
                }
                rule.reactionTo(facts, caseFacts, clock.running().subjectId())
                        .ifPresent(reaction -> clock.apply(machine.react(clock.running(), reaction, at), flags(caseId)));
                if (clock.ended()) {
                    clocks.remove(clock);
                }
            }
            if (rule.startsOn(facts, caseFacts)) {
                String subjectId = rule.subject().idIn(facts);
                if (clocks.stream().noneMatch(clock -> clock.running().subjectId().equals(subjectId))) {
                    clocks.add(new SimulatedClock(recorded.eventId(), caseId, rule, subjectId,
                            machine.start(rule, at, caseFacts.risk())));
                    started++;
                }
            }
        }

        /** The new time of a corrected action, when the event corrects one. */
        private static Instant correctedStart(EventFacts facts) {
            if (!"EntryCorrected".equals(facts.type()) || !(facts.get("correctedValues") instanceof Map<?, ?> values)
                    || values.get("occurredAt") == null) {
                return null;
            }
            try {
                return Instant.parse(values.get("occurredAt").toString());
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        private CaseFacts remember(EventFacts facts) {
            CaseFacts known = cases.getOrDefault(facts.caseId(), CaseFacts.none());
            if ("ReferralReceived".equals(facts.type())) {
                known = CaseFacts.fromReferral(facts);
            } else if ("RiskAssessed".equals(facts.type()) && facts.get("riskGrade") != null) {
                known = known.withRisk(RiskGrade.valueOf(facts.get("riskGrade").toString()));
            }
            cases.put(facts.caseId(), known);
            return known;
        }

        private List<BacktestReport.Finding> flags(String caseId) {
            return findings.computeIfAbsent(caseId, id -> new ArrayList<>());
        }

        BacktestReport report(Instant asOf, long rows) {
            running.forEach((caseId, clocks) -> clocks.forEach(clock -> clock.advanceTo(asOf, flags(caseId))));
            List<BacktestReport.CaseFindings> flagged = findings.entrySet().stream()
                    .filter(entry -> !entry.getValue().isEmpty())
                    .map(entry -> new BacktestReport.CaseFindings(entry.getKey(), List.copyOf(entry.getValue())))
                    .sorted((a, b) -> a.findings().get(0).at().compareTo(b.findings().get(0).at()))
                    .toList();
            int breached = (int) flagged.stream().flatMap(found -> found.findings().stream())
                    .filter(finding -> finding.kind().equals(SimulatedClock.BREACH)).count();
            return new BacktestReport(rule.id(), rule.version(), asOf, rows, cases.size(), started, breached, flagged);
        }
    }
}
