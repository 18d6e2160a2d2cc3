package io.harmsway.ops.web;

import io.harmsway.ops.access.CaseAccess;
import io.harmsway.sla.api.BacktestQuery;
import io.harmsway.sla.api.BacktestReport;
import io.harmsway.sla.api.CaseClocksQuery;
import io.harmsway.sla.api.ClockView;
import io.harmsway.sla.api.RuleCatalogueQuery;
import io.harmsway.sla.api.RuleView;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The SLA rule catalogue, a case's clocks, officers' actions on clocks, and backtests. */
@RestController
@RequestMapping("/api/sla")
public class SlaController {

    /**
     * The clock's case has passed the access check against the team holding it now. The SLA module's
     * own check compares the clock row's team, which follows a transfer only when the sla-clocks
     * processor has taken it, and would refuse the new team for that moment: it is not asked.
     */
    private static final String TEAM_CHECKED_BY_CASE_ACCESS = null;

    private final Commands commands;
    private final QueryGateway queries;
    private final CaseAccess access;

    public SlaController(Commands commands, QueryGateway queries, CaseAccess access) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
    }

    @GetMapping("/rules")
    @Operation(summary = "Every version of every rule, with its source, events, deadlines, warnings and escalation")
    List<RuleView> rules() {
        return queries.query(new RuleCatalogueQuery(), ResponseTypes.multipleInstancesOf(RuleView.class)).join();
    }

    @GetMapping("/cases/{caseId}/clocks")
    @Operation(summary = "The SLA clocks of a case: running, paused, met or cancelled")
    List<ClockView> clocks(@PathVariable String caseId) {
        return queries.query(new CaseClocksQuery(caseId), ResponseTypes.multipleInstancesOf(ClockView.class)).join();
    }

    @PostMapping("/clocks/{clockId}/pause")
    @Operation(summary = "Pause a clock, saying why (investigators and supervisors of the case's team)")
    ResponseEntity<Void> pause(@PathVariable String clockId, @Valid @RequestBody ClockActionRequest request) {
        return commands.record(request.toPause(clockId, TEAM_CHECKED_BY_CASE_ACCESS));
    }

    @PostMapping("/clocks/{clockId}/resume")
    @Operation(summary = "Let a paused clock count again; its due date moves on by the time paused")
    ResponseEntity<Void> resume(@PathVariable String clockId, @Valid @RequestBody ClockActionRequest request) {
        return commands.record(request.toResume(clockId, TEAM_CHECKED_BY_CASE_ACCESS));
    }

    @PostMapping("/clocks/{clockId}/acknowledgement")
    @Operation(summary = "Acknowledge a breach with a plan (supervisors of the case's team); stops escalation, not the clock")
    ResponseEntity<Void> acknowledge(@PathVariable String clockId,
                                     @Valid @RequestBody AcknowledgementRequest request) {
        return commands.record(request.toCommand(clockId, TEAM_CHECKED_BY_CASE_ACCESS));
    }

    @PostMapping(value = "/backtest", consumes = {"application/yaml", "application/x-yaml", MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Run a rule (the text of a rule file) over the recorded history: what it would have flagged"
            + " (per case: a supervisor's own team's cases, an auditor's every team's)")
    BacktestReport backtest(@RequestBody(required = false) String ruleYaml, Authentication user) {
        BacktestReport report = queries.query(new BacktestQuery(ruleYaml), ResponseTypes.instanceOf(BacktestReport.class))
                .join();
        return new BacktestReport(report.ruleId(), report.ruleVersion(), report.asOf(), report.eventsRead(),
                report.casesSeen(), report.clocksStarted(), report.clocksBreached(),
                access.readable(user, report.cases(), BacktestReport.CaseFindings::caseId));
    }
}
