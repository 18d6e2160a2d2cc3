package io.harmsway.ops.web;

import io.harmsway.cases.api.IdentifyOtherChild;
import io.harmsway.cases.api.PlanAbeInterview;
import io.harmsway.cases.api.RecordAbeInterviewHeld;
import io.harmsway.cases.api.RecordAbeInterviewNotHeld;
import io.harmsway.cases.api.RecordChildViews;
import io.harmsway.cases.api.RecordMedicalCompleted;
import io.harmsway.cases.api.RecordSafeguardingAction;
import io.harmsway.cases.api.RecordVictimUpdate;
import io.harmsway.cases.api.RequestMedical;
import io.harmsway.ops.web.requests.AbeInterviewNotHeldRequest;
import io.harmsway.ops.web.requests.AbeInterviewPlanRequest;
import io.harmsway.ops.web.requests.ActionRequest;
import io.harmsway.ops.web.requests.ChildViewsRequest;
import io.harmsway.ops.web.requests.MedicalRequest;
import io.harmsway.ops.web.requests.MedicalRequestRequest;
import io.harmsway.ops.web.requests.OtherChildRequest;
import io.harmsway.ops.web.requests.SafeguardingActionRequest;
import io.harmsway.ops.web.requests.VictimUpdateRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The children of a case ({@code child-1} is the referred child) and what is done for each. */
@RestController
@RequestMapping("/api/cases/{caseId}/children")
@Tag(name = "Children")
public class ChildController {

    private final CaseCommands commands;

    public ChildController(CaseCommands commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "Identify another child possibly at risk; answers the child's id within the case")
    ResponseEntity<Created> identify(@PathVariable String caseId, @Valid @RequestBody OtherChildRequest request) {
        return commands.create(new IdentifyOtherChild(caseId, request.ageYears(), request.context(),
                request.occurredAt()), "/api/cases/" + caseId + "/children");
    }

    @PostMapping("/{childId}/medical-requests")
    @Operation(summary = "Record that a child protection medical was requested")
    ResponseEntity<Void> requestMedical(@PathVariable String caseId, @PathVariable String childId,
                                        @Valid @RequestBody MedicalRequestRequest request) {
        return commands.record(new RequestMedical(caseId, childId, request.requestedFrom(), request.occurredAt()));
    }

    @PostMapping("/{childId}/medicals")
    @Operation(summary = "Record a completed child protection medical (findings by reference only)")
    ResponseEntity<Void> medical(@PathVariable String caseId, @PathVariable String childId,
                                 @Valid @RequestBody MedicalRequest request) {
        return commands.record(new RecordMedicalCompleted(caseId, childId, request.examinedBy(),
                request.findingsReference(), request.occurredAt()));
    }

    @PostMapping("/{childId}/abe-interview-plans")
    @Operation(summary = "Record that the child's ABE interview was planned")
    ResponseEntity<Void> planAbeInterview(@PathVariable String caseId, @PathVariable String childId,
                                          @Valid @RequestBody AbeInterviewPlanRequest request) {
        return commands.record(new PlanAbeInterview(caseId, childId, request.plannedFor(), request.occurredAt()));
    }

    @PostMapping("/{childId}/abe-interviews")
    @Operation(summary = "Record that the child's ABE interview was held")
    ResponseEntity<Void> abeInterviewHeld(@PathVariable String caseId, @PathVariable String childId,
                                          @Valid @RequestBody ActionRequest request) {
        return commands.record(new RecordAbeInterviewHeld(caseId, childId, request.occurredAt()));
    }

    @PostMapping("/{childId}/abe-interviews-not-held")
    @Operation(summary = "Record that the child's ABE interview was not held, and why")
    ResponseEntity<Void> abeInterviewNotHeld(@PathVariable String caseId, @PathVariable String childId,
                                             @Valid @RequestBody AbeInterviewNotHeldRequest request) {
        return commands.record(new RecordAbeInterviewNotHeld(caseId, childId, request.reason(), request.occurredAt()));
    }

    @PostMapping("/{childId}/views")
    @Operation(summary = "Record that the child's own views were recorded (by reference)")
    ResponseEntity<Void> views(@PathVariable String caseId, @PathVariable String childId,
                               @Valid @RequestBody ChildViewsRequest request) {
        return commands.record(new RecordChildViews(caseId, childId, request.summaryReference(), request.occurredAt()));
    }

    @PostMapping("/{childId}/safeguarding-actions")
    @Operation(summary = "Record safeguarding action taken for the child")
    ResponseEntity<Void> safeguarding(@PathVariable String caseId, @PathVariable String childId,
                                      @Valid @RequestBody SafeguardingActionRequest request) {
        return commands.record(new RecordSafeguardingAction(caseId, childId, request.action(), request.occurredAt()));
    }

    @PostMapping("/{childId}/victim-updates")
    @Operation(summary = "Record that the child victim or their family was updated")
    ResponseEntity<Void> victimUpdate(@PathVariable String caseId, @PathVariable String childId,
                                      @Valid @RequestBody VictimUpdateRequest request) {
        return commands.record(new RecordVictimUpdate(caseId, childId, request.what(), request.how(),
                request.occurredAt()));
    }
}
