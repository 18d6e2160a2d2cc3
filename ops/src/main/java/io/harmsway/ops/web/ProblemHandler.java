package io.harmsway.ops.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.harmsway.cases.api.CaseRuleViolation;
import io.harmsway.sla.api.ClockActionRefused;
import io.harmsway.sla.api.RuleRejected;
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
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * Every refusal as an RFC 9457 problem: {@code errors} lists each field at fault with its
 * problem, and {@code detail} says the same in one sentence.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(CaseRuleViolation.class)
    ProblemDetail refused(CaseRuleViolation violation) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "The case refuses this record",
                List.of(new FieldError(violation.field(), violation.getMessage())));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknownCase(AggregateNotFoundException notFound) {
        return problem(HttpStatus.NOT_FOUND, "No such case",
                List.of(new FieldError("caseId", "no case '" + notFound.getAggregateIdentifier() + "' exists")));
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentChange(ConcurrencyException conflict) {
        return problem(HttpStatus.CONFLICT, "The case changed at the same moment",
                List.of(new FieldError("caseId", "another record was made on this case at the same time; send again")));
    }

    @ExceptionHandler(ClockActionRefused.class)
    ProblemDetail clockRefused(ClockActionRefused refusal) {
        HttpStatus status = switch (refusal.why()) {
            case UNKNOWN_CLOCK -> HttpStatus.NOT_FOUND;
            case OTHER_TEAM -> HttpStatus.FORBIDDEN;
            case REFUSED -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
        return problem(status, "The clock refuses this action",
                List.of(new FieldError(refusal.field(), refusal.getMessage())));
    }

    @ExceptionHandler(RuleRejected.class)
    ProblemDetail ruleRejected(RuleRejected rejected) {
        return problem(HttpStatus.BAD_REQUEST, "The rule file is not valid", rejected.faults().stream()
                .map(fault -> new FieldError(fault.field(), fault.problem())).toList());
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
        List<FieldError> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid request", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Unreadable request",
                List.of(unreadableField(unreadable.getCause()))));
    }

    private static FieldError unreadableField(Throwable cause) {
        if (cause instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()) {
            return new FieldError(path(invalid), "'" + invalid.getValue() + "' is not one of "
                    + Arrays.toString(invalid.getTargetType().getEnumConstants()));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return new FieldError(path(mapping), "cannot be read as " + targetOf(mapping) + ": "
                    + mapping.getOriginalMessage());
        }
        if (cause instanceof JsonProcessingException json && json.getLocation() != null) {
            return new FieldError("body", "malformed JSON at line " + json.getLocation().getLineNr()
                    + ", column " + json.getLocation().getColumnNr() + ": " + json.getOriginalMessage());
        }
        return new FieldError("body", "a JSON object is required");
    }

    /** The field's path as a caller writes it: {@code agencies[0]}, {@code correctedValues.occurredAt}. */
    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() == null) {
                path.append('[').append(ref.getIndex()).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            }
        }
        return path.toString();
    }

    private static String targetOf(JsonMappingException mapping) {
        return mapping instanceof InvalidFormatException invalid ? invalid.getTargetType().getSimpleName() : "expected";
    }

    static ProblemDetail problem(HttpStatus status, String title, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(title);
        problem.setDetail(errors.stream().map(error -> error.field() + ": " + error.problem())
                .collect(Collectors.joining("; ")));
        problem.setProperty("errors", errors);
        return problem;
    }
}
