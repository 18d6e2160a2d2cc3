package io.harmsway.ops.web;

import io.harmsway.cases.api.RecordDigitalForensicResult;
import io.harmsway.cases.api.RecordDigitalForensicSubmission;
import io.harmsway.cases.api.RecordEvidenceSeized;
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

    private final CaseCommands commands;

    public EvidenceController(CaseCommands commands) {
        this.commands = commands;
    }

    @PostMapping("/evidence")
    @Operation(summary = "Record evidence seized, by exhibit reference")
    ResponseEntity<Void> evidence(@PathVariable String caseId, @Valid @RequestBody EvidenceRequest request) {
        return commands.record(new RecordEvidenceSeized(caseId, request.reference(), request.description(),
                request.occurredAt()));
    }

    @PostMapping("/forensic-submissions")
    @Operation(summary = "Record material sent for digital forensic examination")
    ResponseEntity<Void> submission(@PathVariable String caseId,
                                    @Valid @RequestBody ForensicSubmissionRequest request) {
        return commands.record(new RecordDigitalForensicSubmission(caseId, request.submissionReference(),
                request.occurredAt()));
    }

    @PostMapping("/forensic-submissions/{submissionReference}/result")
    @Operation(summary = "Record that a digital forensic submission's result came back")
    ResponseEntity<Void> result(@PathVariable String caseId, @PathVariable String submissionReference,
                                @Valid @RequestBody ActionRequest request) {
        return commands.record(new RecordDigitalForensicResult(caseId, submissionReference, request.occurredAt()));
    }
}
