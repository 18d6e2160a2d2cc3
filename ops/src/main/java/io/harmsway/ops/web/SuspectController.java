package io.harmsway.ops.web;

import io.harmsway.ops.web.requests.ActionRequest;
import io.harmsway.ops.web.requests.BailExtensionRequest;
import io.harmsway.ops.web.requests.BailRequest;
import io.harmsway.ops.web.requests.ChargingDecisionRequest;
import io.harmsway.ops.web.requests.EliminationRequest;
import io.harmsway.ops.web.requests.SuspectInterviewRequest;
import io.harmsway.ops.web.requests.SuspectRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The suspects of a case and what is done about each: arrest, interview, bail, CPS, charge. */
@RestController
@RequestMapping("/api/cases/{caseId}/suspects")
@Tag(name = "Suspects")
public class SuspectController {

    private final Commands commands;

    public SuspectController(Commands commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "Identify a suspect; answers the suspect's id within the case")
    ResponseEntity<Created> identify(@PathVariable String caseId, @Valid @RequestBody SuspectRequest request) {
        return commands.create(request.toCommand(caseId), "/api/cases/" + caseId + "/suspects");
    }

    @PostMapping("/{suspectId}/arrests")
    @Operation(summary = "Record the suspect's arrest")
    ResponseEntity<Void> arrest(@PathVariable String caseId, @PathVariable String suspectId,
                                @Valid @RequestBody ActionRequest request) {
        return commands.record(request.toArrest(caseId, suspectId));
    }

    @PostMapping("/{suspectId}/interviews")
    @Operation(summary = "Record an interview of the suspect, under caution or voluntary")
    ResponseEntity<Void> interview(@PathVariable String caseId, @PathVariable String suspectId,
                                   @Valid @RequestBody SuspectInterviewRequest request) {
        return commands.record(request.toCommand(caseId, suspectId));
    }

    @PostMapping("/{suspectId}/bail")
    @Operation(summary = "Record release on pre-charge bail (occurredAt) until bailEndsAt")
    ResponseEntity<Void> bail(@PathVariable String caseId, @PathVariable String suspectId,
                              @Valid @RequestBody BailRequest request) {
        return commands.record(request.toCommand(caseId, suspectId));
    }

    @PostMapping("/{suspectId}/bail/extensions")
    @Operation(summary = "Record an extension of the suspect's bail, and on whose authority")
    ResponseEntity<Void> extendBail(@PathVariable String caseId, @PathVariable String suspectId,
                                    @Valid @RequestBody BailExtensionRequest request) {
        return commands.record(request.toCommand(caseId, suspectId));
    }

    @PostMapping("/{suspectId}/release-under-investigation")
    @Operation(summary = "Record release under investigation (no bail time limit)")
    ResponseEntity<Void> releaseUnderInvestigation(@PathVariable String caseId, @PathVariable String suspectId,
                                                   @Valid @RequestBody ActionRequest request) {
        return commands.record(request.toReleaseUnderInvestigation(caseId, suspectId));
    }

    @PostMapping("/{suspectId}/elimination")
    @Operation(summary = "Record that the suspect was eliminated from the enquiry, and why")
    ResponseEntity<Void> eliminate(@PathVariable String caseId, @PathVariable String suspectId,
                                   @Valid @RequestBody EliminationRequest request) {
        return commands.record(request.toCommand(caseId, suspectId));
    }

    @PostMapping("/{suspectId}/cps-referrals")
    @Operation(summary = "Record that the suspect's case was referred to the CPS")
    ResponseEntity<Void> referToCps(@PathVariable String caseId, @PathVariable String suspectId,
                                    @Valid @RequestBody ActionRequest request) {
        return commands.record(request.toCpsReferral(caseId, suspectId));
    }

    @PostMapping("/{suspectId}/charging-decisions")
    @Operation(summary = "Record the charging decision: charged, or no further action with the reason")
    ResponseEntity<Void> chargingDecision(@PathVariable String caseId, @PathVariable String suspectId,
                                          @Valid @RequestBody ChargingDecisionRequest request) {
        return commands.record(request.toCommand(caseId, suspectId));
    }
}
