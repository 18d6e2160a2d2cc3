package io.harmsway.ops.pages;

import io.harmsway.ops.pages.forms.ActionForm;
import io.harmsway.ops.pages.forms.ActionForms;
import io.harmsway.ops.pages.forms.ActionSubmission;
import io.harmsway.ops.pages.forms.Bound;
import io.harmsway.ops.pages.forms.FieldProblem;
import io.harmsway.ops.pages.forms.FormBinding;
import io.harmsway.ops.pages.forms.FormFields;
import io.harmsway.ops.pages.forms.Subject;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The form of an action on a case, {@code /cases/{caseId}/actions/{action}}: shown, then posted,
 * bound into the API's request record, validated and sent as the API's endpoint would; a refusal
 * shows the form again (400 for what the request's rules refuse, 422 for what the case refuses) with
 * the GOV.UK error summary and each field's error, and nothing is recorded.
 */
@Controller
class ActionFormPage {

    private final ActionForms forms;
    private final FormBinding binding;
    private final ActionSubmission submission;
    private final CaseReading reading;
    private final LondonTime time;

    ActionFormPage(ActionForms forms, FormBinding binding, ActionSubmission submission, CaseReading reading,
                   LondonTime time) {
        this.forms = forms;
        this.binding = binding;
        this.submission = submission;
        this.reading = reading;
        this.time = time;
    }

    @GetMapping("/cases/{caseId}/actions/{action}")
    String form(@PathVariable String caseId, @PathVariable String action, Model model) {
        ActionForm form = form(action);
        return show(model, caseId, form, FormPage.fresh(time.now()), List.of(), List.of());
    }

    @PostMapping("/cases/{caseId}/actions/{action}")
    String record(@PathVariable String caseId, @PathVariable String action,
                  @RequestParam MultiValueMap<String, String> values, Model model, HttpServletResponse response) {
        ActionForm form = form(action);
        Bound bound = binding.bind(form.request(), values);
        String subjectId = form.subject().field() == null ? null : values.getFirst(form.subject().field());
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (form.subject().field() != null && (subjectId == null || subjectId.isBlank())) {
            problems.add(new FieldProblem(form.subject().field(), form.subject().field(),
                    form.subject().question() + ": choose one"));
        }
        problems.addAll(bound.problems());
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(model, caseId, form, values, problems, bound.askPass());
        }
        ActionSubmission.Outcome outcome = submission.send(
                () -> form.mapping().command(bound.request(), caseId, subjectId), FormFields.of(form.request()),
                form.subject());
        if (outcome.refused()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return show(model, caseId, form, values, outcome.problems(), List.of());
        }
        return "redirect:/cases/" + encode(caseId) + "?recorded=" + form.slug();
    }

    private String show(Model model, String caseId, ActionForm form, MultiValueMap<String, String> values,
                        List<FieldProblem> problems, List<String> askPass) {
        List<String> subjects = CaseSubjects.of(form.subject(), form.subject() == Subject.CASE ? List.of()
                : reading.timeline(caseId));
        return FormPage.show(model, form.title(), "Record on the case", "/cases/" + encode(caseId) + "/actions/"
                + form.slug(), "/cases/" + encode(caseId), form.request(), form.subject(), subjects, values, problems,
                askPass);
    }

    private ActionForm form(String action) {
        return forms.named(action).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no action '" + action + "'"));
    }

    static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8);
    }
}
