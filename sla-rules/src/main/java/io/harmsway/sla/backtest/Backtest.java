package io.harmsway.sla.backtest;

import io.harmsway.sla.api.BacktestReport;
import io.harmsway.sla.clock.ClockMachine;
import io.harmsway.sla.clock.DueDates;
import io.harmsway.sla.rules.Reminders;
import io.harmsway.sla.rules.RuleCatalogue;
import io.harmsway.sla.rules.SlaRule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Runs one rule over the recorded history as the live keeper and sweep would have, in memory:
 * events in the order they were recorded, interpreted by the live keeper's own
 * {@link io.harmsway.sla.clock.CaseEventInterpreter}, warnings and breaches at the moments they
 * fell due. Escalation is left out: it depends on acknowledgements the rule did not exist to
 * receive. The rule applies to all of history, whatever its effective date, since the point is to
 * ask "what if it had been in force".
 */
public class Backtest {

    private final DueDates dueDates;
    private final ClockMachine machine;

    public Backtest(DueDates dueDates) {
        this.dueDates = dueDates;
        this.machine = new ClockMachine(dueDates);
    }

    public BacktestReport run(SlaRule rule, History history, Instant asOf, Progress progress) {
        SlaRule judged = inForceOverAllHistoryWithoutEscalation(rule);
        SimulatedClocks clocks = new SimulatedClocks(transition -> {
        }, dueDates.calendar());
        Replay replay = new Replay(new RuleCatalogue(List.of(judged), dueDates.calendar()), machine, clocks);
        long rows = replay.over(history, progress);
        clocks.advanceAllTo(asOf);
        return report(judged, asOf, new Totals(rows, replay.casesSeen(), clocks.started()), clocks);
    }

    private static SlaRule inForceOverAllHistoryWithoutEscalation(SlaRule rule) {
        return new SlaRule(rule.id(), rule.version(), LocalDate.MIN, rule.title(), rule.purpose(), rule.source(),
                rule.agency(), rule.subject(), rule.start(), rule.stop(), rule.pause(), rule.resume(), rule.cancel(), rule.extend(),
                rule.deadline(), rule.warnings(), rule.notifies(), List.of(), Reminders.NONE);
    }

    private static BacktestReport report(SlaRule rule, Instant asOf, Totals totals, SimulatedClocks clocks) {
        List<BacktestReport.CaseFindings> flagged = clocks.findings().entrySet().stream()
                .filter(entry -> !entry.getValue().isEmpty())
                .map(entry -> new BacktestReport.CaseFindings(entry.getKey(), List.copyOf(entry.getValue())))
                .sorted((a, b) -> a.findings().get(0).at().compareTo(b.findings().get(0).at()))
                .toList();
        int breached = (int) flagged.stream().flatMap(found -> found.findings().stream())
                .filter(finding -> finding.kind().equals(SimulatedClock.BREACH)).count();
        return new BacktestReport(rule.id(), rule.version(), asOf, totals.eventsRead(), totals.casesSeen(),
                totals.clocksStarted(), breached, flagged);
    }

    private record Totals(long eventsRead, int casesSeen, int clocksStarted) {
    }
}
