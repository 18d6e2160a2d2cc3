package io.harmsway.ops.pages.forms;

import io.harmsway.cases.api.CaseRuleViolation;
import io.harmsway.ops.web.validation.RefusedInput;
import io.harmsway.sla.api.ClockActionRefused;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Sends a form's command through the application's command gateway (so it is stamped with the
 * signed-in officer and the time received, as the API's are) and turns the case's or the clock's
 * refusal into a problem on the field it names. A refused command appends nothing.
 */
public class ActionSubmission {

    private final CommandGateway gateway;

    public ActionSubmission(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /** The command's answer (a new child's or suspect's id, or null), or the refusal. */
    public Outcome send(Supplier<Object> command, List<FormField> fields, Subject subject) {
        try {
            return new Outcome(gateway.sendAndWait(command.get()), List.of());
        } catch (RuntimeException failure) {
            return refusal(failure instanceof CommandExecutionException && failure.getCause() instanceof RuntimeException
                    cause ? cause : failure, fields, subject).map(problem -> new Outcome(null, List.of(problem)))
                    .orElseThrow(() -> failure);
        }
    }

    private static Optional<FieldProblem> refusal(RuntimeException failure, List<FormField> fields, Subject subject) {
        if (failure instanceof CaseRuleViolation violation) {
            return Optional.of(on(violation.field(), violation.getMessage(), fields, subject));
        }
        if (failure instanceof ClockActionRefused refused && refused.why() == ClockActionRefused.Why.REFUSED) {
            return Optional.of(on(refused.field(), refused.getMessage(), fields, subject));
        }
        if (failure instanceof RefusedInput refused) {
            return Optional.of(on(refused.field(), refused.problem(), fields, subject));
        }
        if (failure instanceof ConcurrencyException) {
            return Optional.of(on("", "another record was made on this case at the same moment: send it again",
                    fields, subject));
        }
        return Optional.empty();
    }

    /** A refusal on a field of the form, on the subject chosen, or (naming neither) on the first field. */
    private static FieldProblem on(String field, String message, List<FormField> fields, Subject subject) {
        if (subject.field() != null && subject.field().equals(field)) {
            return new FieldProblem(field, field, FormBinding.said(subject.question(), message));
        }
        FormField named = fields.stream().filter(f -> f.name().equals(field)).findFirst()
                .orElse(fields.isEmpty() ? null : fields.get(0));
        return named == null ? new FieldProblem(field, "main-content", message)
                : new FieldProblem(named.name(), named.focusId(), FormBinding.said(named.label(), message));
    }

    /** What the command answered, or why it was refused. */
    public record Outcome(Object answer, List<FieldProblem> problems) {

        public boolean refused() {
            return !problems.isEmpty();
        }
    }
}
