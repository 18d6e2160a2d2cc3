package io.harmsway.ops.web;

import io.harmsway.cases.api.CaseRuleViolation;
import io.harmsway.ops.web.limits.RequestTooLarge;
import io.harmsway.ops.web.validation.RefusedInput;
import io.harmsway.sla.api.ClockActionRefused;
import io.harmsway.sla.api.RuleRejected;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletionException;

/**
 * Every refusal as an RFC 9457 problem (see {@link Problems}): the case's and the clocks' rules,
 * the request's constraints, unreadable JSON, and Spring's own refusals, each naming the field
 * at fault in plain words.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private final CaseIdentities cases;

    public ProblemHandler(CaseIdentities cases) {
        this.cases = cases;
    }

    @ExceptionHandler(CaseRuleViolation.class)
    ProblemDetail refused(CaseRuleViolation violation) {
        return Problems.problem(HttpStatus.UNPROCESSABLE_ENTITY, "The case refuses this record",
                new FieldError(violation.field(), violation.getMessage()));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknownCase(AggregateNotFoundException notFound) {
        return noSuchCase(String.valueOf(notFound.getAggregateIdentifier()));
    }

    /**
     * Axon's failure to load a case by the id of a stored event that is no case's (a clock
     * event's): no such case. Any other such failure is a fault, and stays a 500.
     */
    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notACase(NoSuchElementException failure, HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Object caseId = variables instanceof Map<?, ?> map ? map.get("caseId") : null;
        if (caseId == null || cases.isCase(caseId.toString())) {
            throw failure;
        }
        return noSuchCase(caseId.toString());
    }

    private static ProblemDetail noSuchCase(String caseId) {
        return Problems.problem(HttpStatus.NOT_FOUND, "No such case",
                new FieldError("caseId", "no case '" + caseId + "' exists"));
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentChange(ConcurrencyException conflict) {
        return Problems.problem(HttpStatus.CONFLICT, "The case changed at the same moment",
                new FieldError("caseId", "another record was made on this case at the same time; send again"));
    }

    @ExceptionHandler(ClockActionRefused.class)
    ProblemDetail clockRefused(ClockActionRefused refusal) {
        HttpStatus status = switch (refusal.why()) {
            case UNKNOWN_CLOCK -> HttpStatus.NOT_FOUND;
            case OTHER_TEAM -> HttpStatus.FORBIDDEN;
            case REFUSED -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
        return Problems.problem(status, "The clock refuses this action",
                new FieldError(refusal.field(), refusal.getMessage()));
    }

    @ExceptionHandler(RuleRejected.class)
    ProblemDetail ruleRejected(RuleRejected rejected) {
        return Problems.problem(HttpStatus.BAD_REQUEST, "The rule file is not valid", rejected.faults().stream()
                .map(fault -> new FieldError(fault.field(), fault.problem())).toList());
    }

    @ExceptionHandler(RefusedInput.class)
    ProblemDetail refusedInput(RefusedInput refused) {
        return Problems.problem(HttpStatus.BAD_REQUEST, "Invalid request",
                new FieldError(refused.field(), refused.problem()));
    }

    /**
     * A handler's exception crossing a command or query bus can arrive wrapped (a distributed
     * command bus, a query's future); unwrap what we know.
     */
    @ExceptionHandler({CommandExecutionException.class, CompletionException.class})
    ProblemDetail handlerFailed(RuntimeException failure) {
        Throwable cause = failure.getCause();
        if (cause instanceof CaseRuleViolation violation) {
            return refused(violation);
        }
        if (cause instanceof AggregateNotFoundException notFound) {
            return unknownCase(notFound);
        }
        if (cause instanceof ClockActionRefused refusal) {
            return clockRefused(refusal);
        }
        if (cause instanceof RuleRejected rejected) {
            return ruleRejected(rejected);
        }
        throw failure;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return ResponseEntity.badRequest().body(Problems.problem(HttpStatus.BAD_REQUEST, "Invalid request",
                InvalidFields.of(invalid.getBindingResult())));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        if (unreadable.getCause() instanceof RequestTooLarge tooLarge) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).header(HttpHeaders.CONNECTION, "close")
                    .body(tooLarge(tooLarge));
        }
        return ResponseEntity.badRequest().body(Problems.problem(HttpStatus.BAD_REQUEST, "Unreadable request",
                UnreadableBody.describe(unreadable.getCause())));
    }

    static ProblemDetail tooLarge(RequestTooLarge tooLarge) {
        return Problems.problem(HttpStatus.PAYLOAD_TOO_LARGE, "Request too large",
                new FieldError("body", tooLarge.getMessage()));
    }

    /** Spring's own refusals (404, 405, 406, 415, a malformed parameter...) in the same shape as ours. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception refusal, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        if (body == null && refusal instanceof ErrorResponse answered) {
            body = answered.getBody(); // an ErrorResponseException that already names its fields keeps them
        }
        if (body == null || body instanceof ProblemDetail given && !hasErrors(given)) {
            HttpServletRequest servlet = ((ServletWebRequest) request).getRequest();
            HttpStatus known = HttpStatus.resolve(status.value());
            body = Problems.problem(status, known == null ? "Refused" : known.getReasonPhrase(),
                    List.of(SpringRefusals.describe(refusal, status.value(), servlet.getMethod(),
                            servlet.getRequestURI())));
        }
        return super.handleExceptionInternal(refusal, body, headers, status, request);
    }

    private static boolean hasErrors(ProblemDetail problem) {
        return problem.getProperties() != null && problem.getProperties().containsKey("errors");
    }
}
