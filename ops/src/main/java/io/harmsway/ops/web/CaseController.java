package io.harmsway.ops.web;

import io.harmsway.ops.access.CaseAccess;
import io.harmsway.ops.security.UserDirectory;
import io.harmsway.ops.web.requests.OpenCaseRequest;
import io.harmsway.query.api.CaseListQuery;
import io.harmsway.query.api.CaseSummary;
import io.harmsway.query.api.CaseTimelineQuery;
import io.harmsway.query.api.TimelineEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Opening a case, the case list and a case's timeline. */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases")
public class CaseController {

    private final Commands commands;
    private final QueryGateway queries;
    private final UserDirectory users;
    private final CaseAccess access;

    public CaseController(Commands commands, QueryGateway queries, UserDirectory users, CaseAccess access) {
        this.commands = commands;
        this.queries = queries;
        this.users = users;
        this.access = access;
    }

    @PostMapping
    @Operation(summary = "Open a case from a referral; the referred child becomes child-1 of the case")
    ResponseEntity<Created> openCase(@Valid @RequestBody OpenCaseRequest request, Authentication user) {
        String caseId = UUID.randomUUID().toString();
        commands.send(request.toCommand(caseId, users.teamOf(user)));
        return ResponseEntity.created(URI.create("/api/cases/" + caseId)).body(new Created(caseId));
    }

    @GetMapping
    @Operation(summary = "The case list, most overdue first; optionally only cases with an entry recorded late."
            + " Your own team's cases (an auditor: every team's, or the team asked for)")
    List<CaseSummary> cases(@Parameter(description = "only this team's cases: your own, unless you are an auditor")
                            @RequestParam(required = false) String team,
                            @Parameter(description = "only cases with an entry recorded at least this long after"
                                    + " it happened (ISO-8601 duration)", example = "P3D")
                            @RequestParam(required = false) Duration recordedLateBy,
                            Authentication user) {
        List<CaseSummary> cases = queries.query(new CaseListQuery(access.listedTeam(user, team), recordedLateBy),
                ResponseTypes.multipleInstancesOf(CaseSummary.class)).join();
        return access.readable(user, cases, CaseSummary::caseId);
    }

    @GetMapping("/{caseId}/timeline")
    @Operation(summary = "Every entry of the case in the order the actions happened, corrections marked")
    List<TimelineEntry> timeline(@PathVariable String caseId) {
        return queries.query(new CaseTimelineQuery(caseId), ResponseTypes.multipleInstancesOf(TimelineEntry.class))
                .join();
    }
}
