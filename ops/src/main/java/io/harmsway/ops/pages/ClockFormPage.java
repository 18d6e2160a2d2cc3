package io.harmsway.ops.pages;

import io.harmsway.ops.pages.forms.ActionSubmission;
import io.harmsway.ops.pages.forms.Bound;
import io.harmsway.ops.pages.forms.FormBinding;
import io.harmsway.ops.pages.forms.FormFields;
import io.harmsway.ops.pages.forms.Subject;
import io.harmsway.ops.web.ClockActionRequest;
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

import java.util.List;

/**
 * Pausing and resuming a clock, always with the reason and when, as
 * {@code POST /api/sla/clocks/{clockId}/pause|resume} do: the same request record and commands.
 * The address names the case and the clock, and the access interceptor checks both (a clock is
 * checked against its own case's team, whatever case the address names).
 */
@Controller
class ClockFormPage {

    /**
     * As in the API: the clock's case passed the access check against the team holding it now, so
     * the SLA module's own check of the clock row's team (which follows a transfer a moment late) is not asked.
     */
    private static final String TEAM_CHECKED_BY_CASE_ACCESS = null;

    private final FormBinding binding;
    private final ActionSubmission submission;
    private final LondonTime time;

    ClockFormPage(FormBinding binding, ActionSubmission submission, LondonTime time) {
        this.binding = binding;
        this.submission = submission;
        this.time = time;
    }

    @GetMapping("/cases/{caseId}/clocks/{clockId}/{change}")
    String form(@PathVariable String caseId, @PathVariable String clockId, @PathVariable String change, Model model) {
        return show(model, caseId, clockId, change(change), FormPage.fresh(time.now()), Bound.empty());
    }

    @PostMapping("/cases/{caseId}/clocks/{clockId}/{change}")
    String change(@PathVariable String caseId, @PathVariable String clockId, @PathVariable String change,
                  @RequestParam MultiValueMap<String, String> values, Model model, HttpServletResponse response) {
        boolean pause = change(change);
        Bound bound = binding.bind(ClockActionRequest.class, values);
        if (bound.refused()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(model, caseId, clockId, pause, values, bound);
        }
        ClockActionRequest request = (ClockActionRequest) bound.request();
        ActionSubmission.Outcome outcome = submission.send(() -> pause
                        ? request.toPause(clockId, TEAM_CHECKED_BY_CASE_ACCESS)
                        : request.toResume(clockId, TEAM_CHECKED_BY_CASE_ACCESS),
                FormFields.of(ClockActionRequest.class), Subject.CASE);
        if (outcome.refused()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return show(model, caseId, clockId, pause, values, new Bound(request, outcome.problems(), List.of()));
        }
        return "redirect:/cases/" + ActionFormPage.encode(caseId) + "?recorded=" + (pause ? "pause" : "resume");
    }

    private static boolean change(String change) {
        return switch (change) {
            case "pause" -> true;
            case "resume" -> false;
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND, "a clock is paused or resumed");
        };
    }

    private static String show(Model model, String caseId, String clockId, boolean pause,
                               MultiValueMap<String, String> values, Bound bound) {
        String caseAddress = "/cases/" + ActionFormPage.encode(caseId);
        return FormPage.show(model, pause ? "Pause the clock" : "Resume the clock", "Clock " + clockId,
                caseAddress + "/clocks/" + ActionFormPage.encode(clockId) + (pause ? "/pause" : "/resume"), caseAddress,
                ClockActionRequest.class, Subject.CASE, List.of(), values, bound.problems(), bound.askPass());
    }
}
