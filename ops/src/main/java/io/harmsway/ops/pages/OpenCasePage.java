package io.harmsway.ops.pages;

import io.harmsway.ops.pages.forms.ActionSubmission;
import io.harmsway.ops.pages.forms.Bound;
import io.harmsway.ops.pages.forms.FormBinding;
import io.harmsway.ops.pages.forms.FormFields;
import io.harmsway.ops.pages.forms.Subject;
import io.harmsway.ops.security.UserDirectory;
import io.harmsway.ops.web.requests.OpenCaseRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.UUID;

/**
 * A referral opens a case, as {@code POST /api/cases} does: the same request record, its
 * validation and its command, the case belonging to the recording officer's team.
 */
@Controller
class OpenCasePage {

    private static final String TITLE = "Referral";

    private final FormBinding binding;
    private final ActionSubmission submission;
    private final UserDirectory users;
    private final LondonTime time;

    OpenCasePage(FormBinding binding, ActionSubmission submission, UserDirectory users, LondonTime time) {
        this.binding = binding;
        this.submission = submission;
        this.users = users;
        this.time = time;
    }

    @GetMapping("/cases/new")
    String form(Model model) {
        return show(model, FormPage.fresh(time.now()), Bound.empty());
    }

    @PostMapping("/cases/new")
    String open(@RequestParam MultiValueMap<String, String> values, Authentication user, Model model,
                HttpServletResponse response) {
        Bound bound = binding.bind(OpenCaseRequest.class, values);
        if (bound.refused()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(model, values, bound);
        }
        String caseId = UUID.randomUUID().toString();
        String team = users.teamOf(user);
        ActionSubmission.Outcome outcome = submission.send(
                () -> ((OpenCaseRequest) bound.request()).toCommand(caseId, team),
                FormFields.of(OpenCaseRequest.class), Subject.CASE);
        if (outcome.refused()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return show(model, values, new Bound(bound.request(), outcome.problems(), List.of()));
        }
        return "redirect:/cases/" + caseId + "?recorded=referral";
    }

    private static String show(Model model, MultiValueMap<String, String> values, Bound bound) {
        return FormPage.show(model, TITLE, "Open a case", "/cases/new", "/cases", OpenCaseRequest.class,
                Subject.CASE, List.of(), values, bound.problems(), bound.askPass());
    }
}
