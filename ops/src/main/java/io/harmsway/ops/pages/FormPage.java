package io.harmsway.ops.pages;

import io.harmsway.ops.pages.forms.FieldProblem;
import io.harmsway.ops.pages.forms.FormField;
import io.harmsway.ops.pages.forms.FormFields;
import io.harmsway.ops.pages.forms.Subject;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The model of the one form template every action uses: title, where it posts, where "cancel"
 * goes, the request record's fields, the subject to choose (a child, a suspect...), the values
 * typed (or, for a fresh form, now in London as the time it happened), and the problems.
 */
final class FormPage {

    private FormPage() {
    }

    static String show(Model model, String title, String caption, String postTo, String back,
                       Class<? extends Record> request, Subject subject, List<String> subjects,
                       MultiValueMap<String, String> values, List<FieldProblem> problems, List<String> askPass) {
        List<FormField> fields = FormFields.of(request);
        model.addAttribute("formTitle", title);
        model.addAttribute("caption", caption);
        model.addAttribute("postTo", postTo);
        model.addAttribute("back", back);
        model.addAttribute("fields", fields);
        model.addAttribute("subject", subject);
        model.addAttribute("subjects", subjects);
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        Map<String, FieldProblem> problemOf = new HashMap<>();
        problems.forEach(problem -> problemOf.putIfAbsent(problem.field(), problem));
        model.addAttribute("problemOf", problemOf);
        model.addAttribute("askPass", askPass);
        return "action-form";
    }

    /** A fresh form: the time it happened defaults to now, in London. */
    static MultiValueMap<String, String> fresh(ZonedDateTime now) {
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        values.add("occurredAt-day", String.valueOf(now.getDayOfMonth()));
        values.add("occurredAt-month", String.valueOf(now.getMonthValue()));
        values.add("occurredAt-year", String.valueOf(now.getYear()));
        values.add("occurredAt-time", String.format("%02d:%02d", now.getHour(), now.getMinute()));
        return values;
    }
}
