package io.harmsway.ops.pages.audit;

import io.harmsway.ops.pages.LondonTime;
import io.harmsway.query.api.GradeCount;
import io.harmsway.query.api.InspectionFigure;
import io.harmsway.query.api.InspectionFigures;
import io.harmsway.query.api.InterviewDistribution;
import io.harmsway.query.api.MonthlyBreaches;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The inspection figures as the report page shows them: the period in London time, each figure
 * with its hours rounded, and the charts' figures as table rows (a month's breaches of every rule
 * together; each risk grade's suspects interviewed within the deadline, after it, and still waiting).
 */
record InspectionView(String from, String to, long cases, List<Figure> figures, List<Bar> breachesPerMonth,
                      List<Interviews> interviews, List<Bar> gradings) {

    /** {@code key} names the figure as docs/inspection.md defines it, with the risk grade or rule it is for. */
    record Figure(String key, String title, long count, long cases, String medianHours, String p90Hours) {
    }

    record Bar(String label, long count, String axisLabel) {
    }

    record Interviews(String riskGrade, long withinDeadline, long afterDeadline, long waiting) {
    }

    static InspectionView of(InspectionFigures figures, List<MonthlyBreaches> months,
                             List<InterviewDistribution> interviews, List<GradeCount> gradings, LondonTime time) {
        Map<String, Long> perMonth = new TreeMap<>();
        months.forEach(month -> perMonth.merge(month.month(), month.breaches(), Long::sum));
        return new InspectionView(time.show(figures.filter().from()), time.show(figures.filter().to()), figures.cases(),
                figures.figures().stream().map(InspectionView::figure).toList(),
                perMonth.entrySet().stream().map(month -> new Bar(month.getKey(), month.getValue(), month.getKey()))
                        .toList(),
                interviews.stream().map(InspectionView::interviews).toList(),
                gradings.stream().map(grade -> new Bar(grade.grade().toLowerCase().replace('_', ' '), grade.cases(),
                        grade.grade().toLowerCase().replace('_', ' '))).toList());
    }

    private static Figure figure(InspectionFigure figure) {
        return new Figure(figure.key(), figure.title(), figure.count(), figure.cases(), hours(figure.medianHours()),
                hours(figure.p90Hours()));
    }

    private static Interviews interviews(InterviewDistribution grade) {
        long within = grade.interviewed().stream()
                .filter(day -> grade.deadlineDays() == null || day.day() <= grade.deadlineDays())
                .mapToLong(InterviewDistribution.DayCount::suspects).sum();
        long after = grade.interviewed().stream().mapToLong(InterviewDistribution.DayCount::suspects).sum() - within;
        long waiting = grade.waiting().stream().mapToLong(InterviewDistribution.DayCount::suspects).sum();
        return new Interviews(grade.riskGrade(), within, after, waiting);
    }

    private static String hours(Double hours) {
        return hours == null ? "" : String.format("%.1f", hours);
    }
}
