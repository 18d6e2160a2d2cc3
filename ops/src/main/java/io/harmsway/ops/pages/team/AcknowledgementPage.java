package io.harmsway.ops.pages.team;

import io.harmsway.ops.pages.LondonTime;
import io.harmsway.ops.security.UserDirectory;
import io.harmsway.ops.web.AcknowledgementRequest;
import io.harmsway.ops.web.Commands;
import io.harmsway.query.api.DelayAlert;
import io.harmsway.query.api.TeamAlertsQuery;
import io.harmsway.sla.api.ClockActionRefused;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * A supervisor acknowledges a breach with a plan: the form binds the API's own request record
 * ({@link AcknowledgementRequest}) with its validation, and sends the command its
 * {@code toCommand(...)} builds, as {@code POST /api/sla/clocks/{clockId}/acknowledgement} does. A
 * refusal, by the record's constraints or by the clock (not breached, already acknowledged), shows
 * the form again with GOV.UK's error summary, and nothing is recorded. The clock in the path has
 * passed the access check (the supervisor's own team's).
 */
@Controller
class AcknowledgementPage {

    private static final String VIEW = "acknowledgement";
    /** The clock's team was checked by the access rule on the path; the desk need not check it again. */
    private static final String TEAM_CHECKED_BY_CASE_ACCESS = null;

    private final Commands commands;
    private final QueryGateway queries;
    private final UserDirectory users;
    private final LondonTime time;

    AcknowledgementPage(Commands commands, QueryGateway queries, UserDirectory users, LondonTime time) {
        this.commands = commands;
        this.queries = queries;
        this.users = users;
        this.time = time;
    }

    @GetMapping("/clocks/{clockId}/acknowledgement")
    String form(@PathVariable String clockId, Authentication user, Model model) {
        return show(clockId, user, new AcknowledgementRequest(""), List.of(), model);
    }

    @PostMapping("/clocks/{clockId}/acknowledgement")
    String acknowledge(@PathVariable String clockId, @Valid @ModelAttribute("form") AcknowledgementRequest form,
                       BindingResult binding, Authentication user, Model model, RedirectAttributes next) {
        if (binding.hasErrors()) {
            return show(clockId, user, form, PlanProblems.of(binding), model);
        }
        Optional<DelayAlert> alert = alert(clockId, user);
        try {
            commands.send(form.toCommand(clockId, TEAM_CHECKED_BY_CASE_ACCESS));
        } catch (RuntimeException failure) {
            ClockActionRefused refusal = refusalIn(failure);
            return show(clockId, user, form, List.of(PlanProblems.of(refusal)), model);
        }
        next.addFlashAttribute("acknowledged", alert
                .map(known -> "Your plan for “" + known.ruleTitle() + "” on " + InboxView.caseLabel(known.caseId())
                        + " was recorded")
                .orElse("Your plan was recorded"));
        return "redirect:/teams/" + teamOf(user) + "/inbox";
    }

    private String show(String clockId, Authentication user, AcknowledgementRequest form,
                        List<PlanProblems.Problem> problems, Model model) {
        model.addAttribute("clockId", clockId);
        model.addAttribute("team", teamOf(user));
        model.addAttribute("alert", alert(clockId, user).map(found -> AlertSummary.of(found, time)).orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return VIEW;
    }

    /** The clock's open alert in the supervisor's team, if it has one: what is being acknowledged. */
    private Optional<DelayAlert> alert(String clockId, Authentication user) {
        return queries.query(new TeamAlertsQuery(teamOf(user)), ResponseTypes.multipleInstancesOf(DelayAlert.class))
                .join().stream().filter(alert -> alert.clockId().equals(clockId)).findFirst();
    }

    private String teamOf(Authentication user) {
        return users.teamOf(user);
    }

    /**
     * The clock's refusal on the merits, to show on the form; anything else (another team's clock,
     * an unknown one, a failure) goes on to the pages' refusal handling.
     */
    private static ClockActionRefused refusalIn(RuntimeException failure) {
        Throwable cause = failure instanceof CommandExecutionException || failure instanceof CompletionException
                ? failure.getCause() : failure;
        if (cause instanceof ClockActionRefused refusal && refusal.why() == ClockActionRefused.Why.REFUSED) {
            return refusal;
        }
        if (cause instanceof RuntimeException unchecked) {
            throw unchecked;
        }
        throw failure;
    }

    /** What the form shows of the breach it acknowledges. */
    record AlertSummary(String caseId, String caseLabel, String rule, String stage, String due, String officer) {

        static AlertSummary of(DelayAlert alert, LondonTime time) {
            return new AlertSummary(alert.caseId(), InboxView.caseLabel(alert.caseId()), alert.ruleTitle(),
                    alert.stage().charAt(0) + alert.stage().substring(1).toLowerCase().replace('_', ' '),
                    time.show(alert.dueAt()), alert.officer());
        }
    }
}
