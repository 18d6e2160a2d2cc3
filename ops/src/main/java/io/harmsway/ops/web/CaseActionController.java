package io.harmsway.ops.web;

import io.harmsway.ops.access.TransferTargets;
import io.harmsway.ops.web.requests.ActionRequest;
import io.harmsway.ops.web.requests.ClosureRequest;
import io.harmsway.ops.web.requests.CorrectionRequest;
import io.harmsway.ops.web.requests.GradingRequest;
import io.harmsway.ops.web.requests.NoteRequest;
import io.harmsway.ops.web.requests.ReferralDecisionRequest;
import io.harmsway.ops.web.requests.RiskAssessmentRequest;
import io.harmsway.ops.web.requests.Section47OutcomeRequest;
import io.harmsway.ops.web.requests.StrategyDiscussionRequest;
import io.harmsway.ops.web.requests.TransferRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Actions on the case as a whole: decisions, risk, meetings, transfer, closure, notes, corrections. */
@RestController
@RequestMapping("/api/cases/{caseId}")
@Tag(name = "Case actions")
public class CaseActionController {

    private final Commands commands;
    private final TransferTargets transferTargets;

    public CaseActionController(Commands commands, TransferTargets transferTargets) {
        this.commands = commands;
        this.transferTargets = transferTargets;
    }

    @PostMapping("/referral-decisions")
    @Operation(summary = "Record the decision on the referral")
    ResponseEntity<Void> referralDecision(@PathVariable String caseId,
                                          @Valid @RequestBody ReferralDecisionRequest request) {
        return commands.record(request.toCommand(caseId));
    }

    @PostMapping("/risk-assessments")
    @Operation(summary = "Record a risk assessment or re-assessment, with its rationale")
    ResponseEntity<Void> riskAssessment(@PathVariable String caseId, @Valid @RequestBody RiskAssessmentRequest request) {
        return commands.record(request.toCommand(caseId));
    }

    @PostMapping("/strategy-discussions")
    @Operation(summary = "Record a strategy discussion: agencies present, doctor present, decision")
    ResponseEntity<Void> strategyDiscussion(@PathVariable String caseId,
                                            @Valid @RequestBody StrategyDiscussionRequest request) {
        return commands.record(request.toCommand(caseId));
    }

    @PostMapping("/section-47-outcomes")
    @Operation(summary = "Record what the section 47 enquiry concluded; an enquiry that found the child likely to"
            + " suffer significant harm starts the initial child protection conference clock")
    ResponseEntity<Void> section47Outcome(@PathVariable String caseId,
                                          @Valid @RequestBody Section47OutcomeRequest request) {
        return commands.record(request.toCommand(caseId));
    }

    @PostMapping("/child-protection-conferences")
    @Operation(summary = "Record that the initial child protection conference was held")
    ResponseEntity<Void> conference(@PathVariable String caseId, @Valid @RequestBody ActionRequest request) {
        return commands.record(request.toConference(caseId));
    }

    @PostMapping("/assessments")
    @Operation(summary = "Record that the child and family assessment was completed")
    ResponseEntity<Void> assessment(@PathVariable String caseId, @Valid @RequestBody ActionRequest request) {
        return commands.record(request.toAssessmentCompleted(caseId));
    }

    @PostMapping("/transfers")
    @Operation(summary = "Transfer the case to another team and an officer of that team; the case list and alerts"
            + " follow, and from then on only the new team may read and record on it")
    ResponseEntity<Void> transfer(@PathVariable String caseId, @Valid @RequestBody TransferRequest request) {
        transferTargets.check(request.toTeam(), request.toOfficer());
        return commands.record(request.toCommand(caseId));
    }

    @PostMapping("/closure")
    @Operation(summary = "Close the case with its outcome; nothing more can be recorded on it")
    ResponseEntity<Void> close(@PathVariable String caseId, @Valid @RequestBody ClosureRequest request) {
        return commands.record(request.toCommand(caseId));
    }

    @PostMapping("/gradings")
    @Operation(summary = "Grade the case file (auditors): good, adequate or inadequate against a named framework,"
            + " with reasons; open and closed cases alike")
    ResponseEntity<Void> grade(@PathVariable String caseId, @Valid @RequestBody GradingRequest request) {
        return commands.record(request.toCommand(caseId));
    }

    @PostMapping("/notes")
    @Operation(summary = "Add a free-text note")
    ResponseEntity<Void> note(@PathVariable String caseId, @Valid @RequestBody NoteRequest request) {
        return commands.record(request.toCommand(caseId));
    }

    @PostMapping("/corrections")
    @Operation(summary = "Correct an entry of the timeline by its eventId, with a reason; the entry itself stays")
    ResponseEntity<Void> correct(@PathVariable String caseId, @Valid @RequestBody CorrectionRequest request) {
        return commands.record(request.toCommand(caseId));
    }
}
