package io.harmsway.sla.cli;

import io.harmsway.sla.api.BacktestReport;

/** A backtest report as text: the totals, then each flagged case with what and when. */
final class ReportText {

    private ReportText() {
    }

    static String of(BacktestReport report) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("Backtest of %s v%d as of %s%n%,d events read, %,d cases, %,d clocks started, "
                        + "%,d breached, %,d cases flagged%n%n", report.ruleId(), report.ruleVersion(), report.asOf(),
                report.eventsRead(), report.casesSeen(), report.clocksStarted(), report.clocksBreached(),
                report.cases().size()));
        for (BacktestReport.CaseFindings found : report.cases()) {
            text.append("case ").append(found.caseId()).append('\n');
            for (BacktestReport.Finding finding : found.findings()) {
                text.append(String.format("  %-22s %-12s %-10s started %s, due %s%s%n", finding.at(), label(finding),
                        finding.subjectId(), finding.startedAt(), finding.dueAt(), ending(finding)));
            }
        }
        return text.toString();
    }

    private static String label(BacktestReport.Finding finding) {
        return finding.fraction() == null ? finding.kind() : finding.kind() + " " + Math.round(finding.fraction() * 100) + "%";
    }

    private static String ending(BacktestReport.Finding finding) {
        if (!"BREACH".equals(finding.kind())) {
            return "";
        }
        return finding.metAt() == null ? ", still not met" : ", met " + finding.metAt() + " late by " + finding.lateBy();
    }
}
