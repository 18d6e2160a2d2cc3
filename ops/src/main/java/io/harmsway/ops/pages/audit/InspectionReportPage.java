package io.harmsway.ops.pages.audit;

import io.harmsway.ops.access.CaseAccess;
import io.harmsway.ops.pages.LondonTime;
import io.harmsway.ops.security.UserDirectory;
import io.harmsway.ops.web.InspectionAnswer;
import io.harmsway.ops.web.InspectionPeriod;
import io.harmsway.query.api.BreachesPerMonthChartQuery;
import io.harmsway.query.api.GradeCount;
import io.harmsway.query.api.GradingChartQuery;
import io.harmsway.query.api.InspectionFigures;
import io.harmsway.query.api.InspectionFiguresQuery;
import io.harmsway.query.api.InspectionFilter;
import io.harmsway.query.api.InterviewDistribution;
import io.harmsway.query.api.MonthlyBreaches;
import io.harmsway.query.api.TimeToInterviewChartQuery;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.util.List;

/**
 * The inspection report for auditors: the inspection figures of the cases referred in the last year
 * (every team, or one), with charts of breaches per month, time to interview against the deadline
 * and case-file gradings, each above the table of its figures, and the figures as CSV to download.
 * The same queries and period rules as {@code /api/inspection/...}.
 */
@Controller
class InspectionReportPage {

    private final QueryGateway queries;
    private final CaseAccess access;
    private final UserDirectory users;
    private final LondonTime time;
    private final Clock clock;

    InspectionReportPage(QueryGateway queries, CaseAccess access, UserDirectory users, LondonTime time, Clock clock) {
        this.queries = queries;
        this.access = access;
        this.users = users;
        this.time = time;
        this.clock = clock;
    }

    @GetMapping("/audit/inspection")
    String report(@RequestParam(required = false) String team, Authentication user, Model model) {
        InspectionFilter filter = filter(team, user);
        InspectionFigures figures = queries.query(new InspectionFiguresQuery(filter),
                ResponseTypes.instanceOf(InspectionFigures.class)).join();
        List<MonthlyBreaches> months = queries.query(new BreachesPerMonthChartQuery(filter),
                ResponseTypes.multipleInstancesOf(MonthlyBreaches.class)).join();
        List<InterviewDistribution> interviews = queries.query(new TimeToInterviewChartQuery(filter),
                ResponseTypes.multipleInstancesOf(InterviewDistribution.class)).join();
        List<GradeCount> gradings = queries.query(new GradingChartQuery(filter),
                ResponseTypes.multipleInstancesOf(GradeCount.class)).join();
        model.addAttribute("report", InspectionView.of(figures, months, interviews, gradings, time));
        model.addAttribute("teams", users.teams());
        model.addAttribute("team", filter.team());
        return "audit-inspection";
    }

    @GetMapping("/audit/inspection/figures.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String team, Authentication user) {
        InspectionFigures figures = queries.query(new InspectionFiguresQuery(filter(team, user)),
                ResponseTypes.instanceOf(InspectionFigures.class)).join();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("inspection-figures" + (team == null || team.isBlank() ? "" : "-" + team) + ".csv")
                        .build().toString())
                .body(InspectionAnswer.of(figures).csv());
    }

    /** The last year's referrals, of the team asked for (any team: an auditor's; none: every team). */
    private InspectionFilter filter(String team, Authentication user) {
        String asked = team == null || team.isBlank() ? null : team;
        return InspectionPeriod.filter(null, null, asked, null, null, null, user, access, clock);
    }
}
