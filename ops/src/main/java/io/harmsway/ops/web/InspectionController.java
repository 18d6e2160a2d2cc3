package io.harmsway.ops.web;

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
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
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
    InspectionAnswer figures(@ParameterObject InspectionParameters parameters, Authentication user) {
        InspectionFilter filter = parameters.filter(user, access, clock);
        return InspectionAnswer.of(queries.query(new InspectionFiguresQuery(filter),
                ResponseTypes.instanceOf(InspectionFigures.class)).join());
    }

    @GetMapping(path = "/figures", produces = CSV)
    @Operation(summary = "The same figures as CSV (Accept: text/csv), one line per figure")
    ResponseEntity<String> figuresCsv(@ParameterObject InspectionParameters parameters, Authentication user) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(CSV + ";charset=UTF-8"))
                .body(figures(parameters, user).csv());
    }

    @GetMapping(path = "/figures.csv")
    @Operation(summary = "The same figures as CSV, for a browser's download")
    ResponseEntity<String> figuresCsvFile(@ParameterObject InspectionParameters parameters, Authentication user) {
        return figuresCsv(parameters, user);
    }

    @GetMapping(path = "/cases", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The cases behind one figure (its key, as in the figures' links), oldest referral first")
    InspectionCases cases(@RequestParam String figure,
                          @ParameterObject InspectionParameters parameters, Authentication user) {
        InspectionFilter filter = parameters.filter(user, access, clock);
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
    WhatWorks whatWorks(@ParameterObject InspectionParameters parameters, Authentication user) {
        return queries.query(new WhatWorksQuery(parameters.filter(user, access, clock)),
                ResponseTypes.instanceOf(WhatWorks.class)).join();
    }

    @GetMapping(path = "/charts/time-to-interview", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Chart data: suspects by whole days from identification to interview (and still waiting),"
            + " per risk grade, with the grade's deadline in days")
    List<InterviewDistribution> timeToInterview(@ParameterObject InspectionParameters parameters, Authentication user) {
        return queries.query(new TimeToInterviewChartQuery(parameters.filter(user, access, clock)),
                ResponseTypes.multipleInstancesOf(InterviewDistribution.class)).join();
    }

    @GetMapping(path = "/charts/breaches-per-month", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Chart data: clocks breached per month of their deadline (London), per rule")
    List<MonthlyBreaches> breachesPerMonth(@ParameterObject InspectionParameters parameters, Authentication user) {
        return queries.query(new BreachesPerMonthChartQuery(parameters.filter(user, access, clock)),
                ResponseTypes.multipleInstancesOf(MonthlyBreaches.class)).join();
    }

    @GetMapping(path = "/charts/gradings", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Chart data: case files per grade (their latest grading)")
    List<GradeCount> gradings(@ParameterObject InspectionParameters parameters, Authentication user) {
        return queries.query(new GradingChartQuery(parameters.filter(user, access, clock)),
                ResponseTypes.multipleInstancesOf(GradeCount.class)).join();
    }

}
