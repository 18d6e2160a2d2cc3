package io.harmsway.ops.pages.team;

import io.harmsway.ops.web.TeamDashboard;
import io.harmsway.query.api.BreachHistory;
import io.harmsway.query.api.OpenBreaches;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The team dashboard as the page shows it: each chart's figures as the rows of the table beneath it
 * (which the chart is drawn from, and which screen readers read), the weeks named by their Monday.
 */
record DashboardView(String team, int weeks, String asOf, List<Bar> openByRule, List<Bar> openByOfficer,
                     List<Bar> perWeek, List<Bar> acknowledgementBands, Acknowledgement acknowledgement,
                     List<Workload> workload) {

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter WEEK_ON_AXIS = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    /** One category of a chart and its count; {@code axisLabel} is the shorter name the chart's axis shows. */
    record Bar(String label, int count, String axisLabel) {

        Bar(String label, int count) {
            this(label, count, label);
        }
    }

    /** The time to acknowledgement in words: the median, and how many breaches were and were not acknowledged. */
    record Acknowledgement(int breaches, int acknowledged, String median, int awaiting, int endedUnacknowledged) {
    }

    record Workload(String officer, int openCases, int openClocks, int overdueClocks) {
    }

    static DashboardView of(TeamDashboard dashboard, String asOf) {
        BreachHistory.AcknowledgementTimes times = dashboard.acknowledgement();
        return new DashboardView(dashboard.team(), dashboard.weeks(), asOf,
                tallies(dashboard.openBreachesByRule()), tallies(dashboard.openBreachesByOfficer()),
                dashboard.breachesPerWeek().stream()
                        .map(week -> new Bar("week of " + WEEK.format(week.starting()), week.breaches(),
                                WEEK_ON_AXIS.format(week.starting()))).toList(),
                times.bands().stream().map(band -> new Bar(band.label(), band.breaches())).toList(),
                new Acknowledgement(times.breaches(), times.acknowledged(),
                        times.median() == null ? null : Elapsed.words(times.median()),
                        times.awaiting(), times.endedUnacknowledged()),
                dashboard.workload().stream().map(row -> new Workload(row.officer() == null ? "nobody" : row.officer(),
                        row.openCases(), row.openClocks(), row.overdueClocks())).toList());
    }

    private static List<Bar> tallies(List<OpenBreaches.Tally> tallies) {
        return tallies.stream().map(tally -> new Bar(tally.label() == null ? "nobody" : tally.label(), tally.count()))
                .toList();
    }
}
