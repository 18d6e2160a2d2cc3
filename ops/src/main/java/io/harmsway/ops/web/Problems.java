package io.harmsway.ops.web;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The one shape of every refusal: an RFC 9457 problem whose {@code errors} list each field at
 * fault with its problem in plain words, and whose {@code detail} says the same in one sentence.
 */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail problem(HttpStatusCode status, String title, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(title);
        problem.setDetail(errors.stream().map(error -> error.field() + ": " + error.problem())
                .collect(Collectors.joining("; ")));
        problem.setProperty("errors", errors);
        return problem;
    }

    public static ProblemDetail problem(HttpStatusCode status, String title, FieldError error) {
        return problem(status, title, List.of(error));
    }
}
