package io.harmsway.ops.web;

import io.harmsway.cases.api.IdentifySuspect;
import io.harmsway.cases.api.RecordReferral;
import io.harmsway.cases.api.RecordSuspectInterview;
import io.harmsway.ops.security.UserDirectory;
import io.harmsway.query.api.CaseListQuery;
import io.harmsway.query.api.CaseSummary;
import io.harmsway.query.api.CaseTimelineQuery;
import io.harmsway.query.api.TimelineEntry;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
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
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/cases")
public class CaseController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final UserDirectory users;

    public CaseController(CommandGateway commands, QueryGateway queries, UserDirectory users) {
        this.commands = commands;
        this.queries = queries;
        this.users = users;
    }

    @PostMapping
    ResponseEntity<Created> openCase(@Valid @RequestBody OpenCaseRequest request, Authentication user) {
        String caseId = UUID.randomUUID().toString();
        commands.sendAndWait(new RecordReferral(caseId, users.teamOf(user), request.childAgeYears(),
                request.allegation(), request.riskGrade(), request.reportedVia(), request.reportedBy(),
                request.physicalSymptoms(), request.occurredAt()));
        return ResponseEntity.created(URI.create("/api/cases/" + caseId)).body(new Created(caseId));
    }

    @PostMapping("/{caseId}/suspects")
    ResponseEntity<Created> identifySuspect(@PathVariable String caseId, @Valid @RequestBody SuspectRequest request) {
        String suspectId = commands.sendAndWait(new IdentifySuspect(caseId, request.hasAccessToChildren(),
                request.occurredAt()));
        return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/suspects/" + suspectId))
                .body(new Created(suspectId));
    }

    @PostMapping("/{caseId}/suspects/{suspectId}/interviews")
    ResponseEntity<Void> recordSuspectInterview(@PathVariable String caseId, @PathVariable String suspectId,
                                                @Valid @RequestBody SuspectInterviewRequest request) {
        commands.sendAndWait(new RecordSuspectInterview(caseId, suspectId, request.underCaution(),
                request.occurredAt()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    List<CaseSummary> cases(@RequestParam(required = false) String team) {
        return queries.query(new CaseListQuery(team), ResponseTypes.multipleInstancesOf(CaseSummary.class)).join();
    }

    @GetMapping("/{caseId}/timeline")
    List<TimelineEntry> timeline(@PathVariable String caseId) {
        return queries.query(new CaseTimelineQuery(caseId), ResponseTypes.multipleInstancesOf(TimelineEntry.class))
                .join();
    }
}
