package io.harmsway.ops.web;

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

    private final Commands commands;

    public ChildController(Commands commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "Identify another child possibly at risk; answers the child's id within the case")
    ResponseEntity<Created> identify(@PathVariable String caseId, @Valid @RequestBody OtherChildRequest request) {
        return commands.create(request.toCommand(caseId), "/api/cases/" + caseId + "/children");
    }

    @PostMapping("/{childId}/medical-requests")
    @Operation(summary = "Record that a child protection medical was requested")
    ResponseEntity<Void> requestMedical(@PathVariable String caseId, @PathVariable String childId,
                                        @Valid @RequestBody MedicalRequestRequest request) {
        return commands.record(request.toCommand(caseId, childId));
    }

    @PostMapping("/{childId}/medicals")
    @Operation(summary = "Record a completed child protection medical (findings by reference only)")
    ResponseEntity<Void> medical(@PathVariable String caseId, @PathVariable String childId,
                                 @Valid @RequestBody MedicalRequest request) {
        return commands.record(request.toCommand(caseId, childId));
    }

    @PostMapping("/{childId}/abe-interview-plans")
    @Operation(summary = "Record that the child's ABE interview was planned")
    ResponseEntity<Void> planAbeInterview(@PathVariable String caseId, @PathVariable String childId,
                                          @Valid @RequestBody AbeInterviewPlanRequest request) {
        return commands.record(request.toCommand(caseId, childId));
    }

    @PostMapping("/{childId}/abe-interviews")
    @Operation(summary = "Record that the child's ABE interview was held")
    ResponseEntity<Void> abeInterviewHeld(@PathVariable String caseId, @PathVariable String childId,
                                          @Valid @RequestBody ActionRequest request) {
        return commands.record(request.toAbeInterviewHeld(caseId, childId));
    }

    @PostMapping("/{childId}/abe-interviews-not-held")
    @Operation(summary = "Record that the child's ABE interview was not held, and why")
    ResponseEntity<Void> abeInterviewNotHeld(@PathVariable String caseId, @PathVariable String childId,
                                             @Valid @RequestBody AbeInterviewNotHeldRequest request) {
        return commands.record(request.toCommand(caseId, childId));
    }

    @PostMapping("/{childId}/views")
    @Operation(summary = "Record that the child's own views were recorded (by reference)")
    ResponseEntity<Void> views(@PathVariable String caseId, @PathVariable String childId,
                               @Valid @RequestBody ChildViewsRequest request) {
        return commands.record(request.toCommand(caseId, childId));
    }

    @PostMapping("/{childId}/safeguarding-actions")
    @Operation(summary = "Record safeguarding action taken for the child")
    ResponseEntity<Void> safeguarding(@PathVariable String caseId, @PathVariable String childId,
                                      @Valid @RequestBody SafeguardingActionRequest request) {
        return commands.record(request.toCommand(caseId, childId));
    }

    @PostMapping("/{childId}/victim-updates")
    @Operation(summary = "Record that the child victim or their family was updated")
    ResponseEntity<Void> victimUpdate(@PathVariable String caseId, @PathVariable String childId,
                                      @Valid @RequestBody VictimUpdateRequest request) {
        return commands.record(request.toCommand(caseId, childId));
    }
}
