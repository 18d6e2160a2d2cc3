package io.harmsway.ops.pages.forms;

import io.harmsway.ops.access.TransferTargets;
import io.harmsway.ops.web.requests.AbeInterviewNotHeldRequest;
import io.harmsway.ops.web.requests.AbeInterviewPlanRequest;
import io.harmsway.ops.web.requests.ActionRequest;
import io.harmsway.ops.web.requests.BailExtensionRequest;
import io.harmsway.ops.web.requests.BailRequest;
import io.harmsway.ops.web.requests.ChargingDecisionRequest;
import io.harmsway.ops.web.requests.ChildViewsRequest;
import io.harmsway.ops.web.requests.ClosureRequest;
import io.harmsway.ops.web.requests.CorrectionRequest;
import io.harmsway.ops.web.requests.EliminationRequest;
import io.harmsway.ops.web.requests.EvidenceRequest;
import io.harmsway.ops.web.requests.ForensicSubmissionRequest;
import io.harmsway.ops.web.requests.MedicalRequest;
import io.harmsway.ops.web.requests.MedicalRequestRequest;
import io.harmsway.ops.web.requests.NoteRequest;
import io.harmsway.ops.web.requests.OtherChildRequest;
import io.harmsway.ops.web.requests.ReferralDecisionRequest;
import io.harmsway.ops.web.requests.RiskAssessmentRequest;
import io.harmsway.ops.web.requests.SafeguardingActionRequest;
import io.harmsway.ops.web.requests.Section47OutcomeRequest;
import io.harmsway.ops.web.requests.StrategyDiscussionRequest;
import io.harmsway.ops.web.requests.SuspectInterviewRequest;
import io.harmsway.ops.web.requests.SuspectRequest;
import io.harmsway.ops.web.requests.TransferRequest;
import io.harmsway.ops.web.requests.VictimUpdateRequest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.harmsway.ops.pages.forms.ActionForm.of;
import static io.harmsway.ops.pages.forms.Subject.CASE;
import static io.harmsway.ops.pages.forms.Subject.CHILD;
import static io.harmsway.ops.pages.forms.Subject.SUBMISSION;
import static io.harmsway.ops.pages.forms.Subject.SUSPECT;

/**
 * Every action of the case record as a form, in the order an investigation usually runs. Each
 * line names the API's request record and calls the same mapping the API's endpoint calls (see
 * {@code io.harmsway.ops.web}); a transfer is checked against the teams first, as the API checks it.
 */
public class ActionForms {

    private final Map<String, ActionForm> forms = new LinkedHashMap<>();

    public ActionForms(TransferTargets transferTargets) {
        List.of(
                of("referral-decisions", "Decision on the referral", CASE, ReferralDecisionRequest.class,
                        (r, c, s) -> r.toCommand(c)),
                of("risk-assessments", "Risk assessment", CASE, RiskAssessmentRequest.class, (r, c, s) -> r.toCommand(c)),
                of("strategy-discussions", "Strategy discussion", CASE, StrategyDiscussionRequest.class,
                        (r, c, s) -> r.toCommand(c)),
                of("suspects", "Suspect identified", CASE, SuspectRequest.class, (r, c, s) -> r.toCommand(c)),
                of("children", "Another child at risk", CASE, OtherChildRequest.class, (r, c, s) -> r.toCommand(c)),
                of("medical-requests", "Child protection medical requested", CHILD, MedicalRequestRequest.class,
                        (r, c, s) -> r.toCommand(c, s)),
                of("medicals", "Child protection medical held", CHILD, MedicalRequest.class,
                        (r, c, s) -> r.toCommand(c, s)),
                of("abe-interview-plans", "Child's interview planned (ABE)", CHILD, AbeInterviewPlanRequest.class,
                        (r, c, s) -> r.toCommand(c, s)),
                of("abe-interviews", "Child's interview held (ABE)", CHILD, ActionRequest.class,
                        (r, c, s) -> r.toAbeInterviewHeld(c, s)),
                of("abe-interviews-not-held", "Child's interview not held (ABE)", CHILD,
                        AbeInterviewNotHeldRequest.class, (r, c, s) -> r.toCommand(c, s)),
                of("views", "Child's views recorded", CHILD, ChildViewsRequest.class, (r, c, s) -> r.toCommand(c, s)),
                of("safeguarding-actions", "Safeguarding action", CHILD, SafeguardingActionRequest.class,
                        (r, c, s) -> r.toCommand(c, s)),
                of("victim-updates", "Update to the victim", CHILD, VictimUpdateRequest.class,
                        (r, c, s) -> r.toCommand(c, s)),
                of("arrests", "Suspect arrested", SUSPECT, ActionRequest.class, (r, c, s) -> r.toArrest(c, s)),
                of("interviews", "Suspect interviewed", SUSPECT, SuspectInterviewRequest.class,
                        (r, c, s) -> r.toCommand(c, s)),
                of("bail", "Suspect released on bail", SUSPECT, BailRequest.class, (r, c, s) -> r.toCommand(c, s)),
                of("bail-extensions", "Bail extended", SUSPECT, BailExtensionRequest.class,
                        (r, c, s) -> r.toCommand(c, s)),
                of("release-under-investigation", "Suspect released under investigation", SUSPECT,
                        ActionRequest.class, (r, c, s) -> r.toReleaseUnderInvestigation(c, s)),
                of("elimination", "Suspect eliminated", SUSPECT, EliminationRequest.class,
                        (r, c, s) -> r.toCommand(c, s)),
                of("cps-referrals", "Referred to the CPS", SUSPECT, ActionRequest.class,
                        (r, c, s) -> r.toCpsReferral(c, s)),
                of("charging-decisions", "Charging decision", SUSPECT, ChargingDecisionRequest.class,
                        (r, c, s) -> r.toCommand(c, s)),
                of("evidence", "Evidence seized", CASE, EvidenceRequest.class, (r, c, s) -> r.toCommand(c)),
                of("forensic-submissions", "Digital forensic submission", CASE, ForensicSubmissionRequest.class,
                        (r, c, s) -> r.toCommand(c)),
                of("forensic-results", "Digital forensic result", SUBMISSION, ActionRequest.class,
                        (r, c, s) -> r.toForensicResult(c, s)),
                of("section-47-outcomes", "Section 47 enquiry outcome", CASE, Section47OutcomeRequest.class,
                        (r, c, s) -> r.toCommand(c)),
                of("child-protection-conferences", "Initial child protection conference held", CASE,
                        ActionRequest.class, (r, c, s) -> r.toConference(c)),
                of("assessments", "Child and family assessment completed", CASE, ActionRequest.class,
                        (r, c, s) -> r.toAssessmentCompleted(c)),
                of("notes", "Note", CASE, NoteRequest.class, (r, c, s) -> r.toCommand(c)),
                of("corrections", "Correction of an entry", CASE, CorrectionRequest.class, (r, c, s) -> r.toCommand(c)),
                of("transfers", "Transfer to another team", CASE, TransferRequest.class, (r, c, s) -> {
                    transferTargets.check(r.toTeam(), r.toOfficer());
                    return r.toCommand(c);
                }),
                of("closure", "Case closed", CASE, ClosureRequest.class, (r, c, s) -> r.toCommand(c))
        ).forEach(form -> forms.put(form.slug(), form));
    }

    public List<ActionForm> all() {
        return List.copyOf(forms.values());
    }

    public Optional<ActionForm> named(String slug) {
        return Optional.ofNullable(forms.get(slug));
    }
}
