package io.harmsway.ops.web;

import io.harmsway.ops.web.requests.ActionRequest;
import io.harmsway.ops.web.requests.EvidenceRequest;
import io.harmsway.ops.web.requests.ForensicSubmissionRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Evidence seized and digital forensic submissions with their results. */
@RestController
@RequestMapping("/api/cases/{caseId}")
@Tag(name = "Evidence")
public class EvidenceController {

    private final Commands commands;

    public EvidenceController(Commands commands) {
        this.commands = commands;
    }

    @PostMapping("/evidence")
    @Operation(summary = "Record evidence seized, by exhibit reference")
    ResponseEntity<Void> evidence(@PathVariable String caseId, @Valid @RequestBody EvidenceRequest request) {
        return commands.record(request.toCommand(caseId));
    }

    @PostMapping("/forensic-submissions")
    @Operation(summary = "Record material sent for digital forensic examination")
    ResponseEntity<Void> submission(@PathVariable String caseId,
                                    @Valid @RequestBody ForensicSubmissionRequest request) {
        return commands.record(request.toCommand(caseId));
    }

    @PostMapping("/forensic-submissions/{submissionReference}/result")
    @Operation(summary = "Record that a digital forensic submission's result came back")
    ResponseEntity<Void> result(@PathVariable String caseId, @PathVariable String submissionReference,
                                @Valid @RequestBody ActionRequest request) {
        return commands.record(request.toForensicResult(caseId, submissionReference));
    }
}
