package io.harmsway.ops.web;

import io.harmsway.cases.api.AllegationCategory;
import io.harmsway.cases.api.FileGrade;
import io.harmsway.cases.api.RiskGrade;
import io.harmsway.ops.access.CaseAccess;
import io.harmsway.ops.web.validation.RefusedInput;
import io.harmsway.query.api.InspectionCases;
import io.harmsway.query.api.InspectionCasesQuery;
import io.harmsway.query.api.InspectionFigures;
import io.harmsway.query.api.InspectionFiguresQuery;
import io.harmsway.query.api.InspectionFilter;
import io.harmsway.query.api.BreachesPerMonthChartQuery;
import io.harmsway.query.api.GradeCount;
import io.harmsway.query.api.GradingChartQuery;
import io.harmsway.query.api.InterviewDistribution;
import io.harmsway.query.api.MonthlyBreaches;
import io.harmsway.query.api.TimeToInterviewChartQuery;
import io.harmsway.query.api.WhatWorks;
import io.harmsway.query.api.WhatWorksQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The inspection figures (docs/inspection.md) for auditors (every team, or one) and supervisors
 * (their own team only: the one team rule), as JSON or CSV, each figure linking to its cases.
 */
@RestController
@RequestMapping("/api/inspection")
@Tag(name = "Inspection")
public class InspectionController {

    static final String CSV = "text/csv";

    private final QueryGateway queries;
    private final CaseAccess access;
    private final Clock clock;

    public InspectionController(QueryGateway queries, CaseAccess access, Clock clock) {
        this.queries = queries;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping(path = "/figures", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every inspection figure for the cases referred in [from, to) (default: the year to now),"
            + " with the count of cases behind each and a link to them")
    InspectionAnswer figures(@Parameter(description = "referred at or after (ISO instant)") @RequestParam(required = false) Instant from,
                             @Parameter(description = "referred before (ISO instant; default now)") @RequestParam(required = false) Instant to,
                             @Parameter(description = "the team holding the case now (auditors: any, default all;"
                                     + " supervisors: their own)") @RequestParam(required = false) String team,
                             @RequestParam(required = false) AllegationCategory allegation,
                             @RequestParam(required = false) RiskGrade risk,
                             @Parameter(description = "only files graded so") @RequestParam(required = false) FileGrade grade,
                             Authentication user) {
        InspectionFilter filter = filter(from, to, team, allegation, risk, grade, user);
        return InspectionAnswer.of(queries.query(new InspectionFiguresQuery(filter),
                ResponseTypes.instanceOf(InspectionFigures.class)).join());
    }

    @GetMapping(path = "/figures", produces = CSV)
    @Operation(summary = "The same figures as CSV (Accept: text/csv), one line per figure")
    ResponseEntity<String> figuresCsv(@RequestParam(required = false) Instant from,
                                      @RequestParam(required = false) Instant to,
                                      @RequestParam(required = false) String team,
                                      @RequestParam(required = false) AllegationCategory allegation,
                                      @RequestParam(required = false) RiskGrade risk,
                                      @RequestParam(required = false) FileGrade grade,
                                      Authentication user) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(CSV + ";charset=UTF-8"))
                .body(figures(from, to, team, allegation, risk, grade, user).csv());
    }

    @GetMapping(path = "/figures.csv")
    @Operation(summary = "The same figures as CSV, for a browser's download")
    ResponseEntity<String> figuresCsvFile(@RequestParam(required = false) Instant from,
                                          @RequestParam(required = false) Instant to,
                                          @RequestParam(required = false) String team,
                                          @RequestParam(required = false) AllegationCategory allegation,
                                          @RequestParam(required = false) RiskGrade risk,
                                          @RequestParam(required = false) FileGrade grade,
                                          Authentication user) {
        return figuresCsv(from, to, team, allegation, risk, grade, user);
    }

    @GetMapping(path = "/cases", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The cases behind one figure (its key, as in the figures' links), oldest referral first")
    InspectionCases cases(@RequestParam String figure,
                          @RequestParam(required = false) Instant from,
                          @RequestParam(required = false) Instant to,
                          @RequestParam(required = false) String team,
                          @RequestParam(required = false) AllegationCategory allegation,
                          @RequestParam(required = false) RiskGrade risk,
                          @RequestParam(required = false) FileGrade grade,
                          Authentication user) {
        InspectionFilter filter = filter(from, to, team, allegation, risk, grade, user);
        InspectionCases cases = queries.query(new InspectionCasesQuery(figure, filter),
                ResponseTypes.instanceOf(InspectionCases.class)).join();
        if (!cases.known()) {
            throw new RefusedInput("figure", "names no figure: use a key from GET /api/inspection/figures");
        }
        return new InspectionCases(cases.figure(), true, access.readable(user, cases.cases(), c -> c.caseId()));
    }
    @GetMapping(path = "/what-works", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "For closed cases: outcomes (charged, no further action, child safeguarded) of the cases"
            + " whose clock of each rule was on time beside those whose was breached, per rule, team and allegation;"
            + " no share where fewer cases than harmsway.inspection.what-works.minimum-cases lie behind it")
    WhatWorks whatWorks(@RequestParam(required = false) Instant from,
                          @RequestParam(required = false) Instant to,
                          @RequestParam(required = false) String team,
                          @RequestParam(required = false) AllegationCategory allegation,
                          @RequestParam(required = false) RiskGrade risk,
                          @RequestParam(required = false) FileGrade grade,
                          Authentication user) {
        return queries.query(new WhatWorksQuery(filter(from, to, team, allegation, risk, grade, user)),
                ResponseTypes.instanceOf(WhatWorks.class)).join();
    }

    @GetMapping(path = "/charts/time-to-interview", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Chart data: suspects by whole days from identification to interview (and still waiting),"
            + " per risk grade, with the grade's deadline in days")
    List<InterviewDistribution> timeToInterview(@RequestParam(required = false) Instant from,
                          @RequestParam(required = false) Instant to,
                          @RequestParam(required = false) String team,
                          @RequestParam(required = false) AllegationCategory allegation,
                          @RequestParam(required = false) RiskGrade risk,
                          @RequestParam(required = false) FileGrade grade,
                          Authentication user) {
        return queries.query(new TimeToInterviewChartQuery(filter(from, to, team, allegation, risk, grade, user)),
                ResponseTypes.multipleInstancesOf(InterviewDistribution.class)).join();
    }

    @GetMapping(path = "/charts/breaches-per-month", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Chart data: clocks breached per month of their deadline (London), per rule")
    List<MonthlyBreaches> breachesPerMonth(@RequestParam(required = false) Instant from,
                          @RequestParam(required = false) Instant to,
                          @RequestParam(required = false) String team,
                          @RequestParam(required = false) AllegationCategory allegation,
                          @RequestParam(required = false) RiskGrade risk,
                          @RequestParam(required = false) FileGrade grade,
                          Authentication user) {
        return queries.query(new BreachesPerMonthChartQuery(filter(from, to, team, allegation, risk, grade, user)),
                ResponseTypes.multipleInstancesOf(MonthlyBreaches.class)).join();
    }

    @GetMapping(path = "/charts/gradings", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Chart data: case files per grade (their latest grading)")
    List<GradeCount> gradings(@RequestParam(required = false) Instant from,
                          @RequestParam(required = false) Instant to,
                          @RequestParam(required = false) String team,
                          @RequestParam(required = false) AllegationCategory allegation,
                          @RequestParam(required = false) RiskGrade risk,
                          @RequestParam(required = false) FileGrade grade,
                          Authentication user) {
        return queries.query(new GradingChartQuery(filter(from, to, team, allegation, risk, grade, user)),
                ResponseTypes.multipleInstancesOf(GradeCount.class)).join();
    }

    private InspectionFilter filter(Instant from, Instant to, String team, AllegationCategory allegation,
                                    RiskGrade risk, FileGrade grade, Authentication user) {
        return InspectionPeriod.filter(from, to, team, allegation, risk, grade, user, access, clock);
    }
}
