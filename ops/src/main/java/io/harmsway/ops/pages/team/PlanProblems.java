package io.harmsway.ops.pages.team;

import io.harmsway.ops.web.validation.Lengths;
import io.harmsway.sla.api.ClockActionRefused;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import java.util.List;

/**
 * What was wrong with an acknowledgement, in the words of GOV.UK's error messages, each linked to
 * the field it is about ({@code note}, the plan's text box); a refusal about the clock itself links
 * to the plan too, the one field of the form.
 */
final class PlanProblems {

    static final String PLAN = "note";

    private PlanProblems() {
    }

    /** One problem: {@code field} is the id of the form's field it links to. */
    record Problem(String field, String message) {
    }

    static List<Problem> of(BindingResult binding) {
        return binding.getFieldErrors().stream().map(PlanProblems::of).distinct().toList();
    }

    static Problem of(ClockActionRefused refusal) {
        String subject = PLAN.equals(refusal.field()) ? "The plan " : "This clock ";
        return new Problem(PLAN, subject + refusal.getMessage());
    }

    private static Problem of(FieldError error) {
        String message = switch (error.getCode() == null ? "" : error.getCode()) {
            case "NotBlank" -> "Enter the plan: what will be done, by whom and when";
            case "Size" -> "The plan must be " + String.format("%,d", Lengths.TEXT) + " characters or fewer";
            default -> "The plan " + error.getDefaultMessage();
        };
        return new Problem(PLAN, message);
    }
}
