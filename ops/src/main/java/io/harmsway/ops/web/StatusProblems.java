package io.harmsway.ops.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;

/**
 * A problem for an answer that only has a status: an error raised outside the API's handlers
 * (by a filter, by sign-in, by Tomcat before the request reached the application).
 */
final class StatusProblems {

    private StatusProblems() {
    }

    static ProblemDetail forStatus(int code, String path) {
        HttpStatus status = HttpStatus.resolve(code);
        ProblemDetail problem = Problems.problem(HttpStatusCode.valueOf(code),
                status == null ? "Refused" : status.getReasonPhrase(), errorOf(code, path));
        instance(path, problem);
        return problem;
    }

    static FieldError errorOf(int code, String path) {
        return switch (code) {
            case 400 -> new FieldError("request", "is malformed and was not read");
            case 401 -> new FieldError("user", "sign in first: the request carries no valid credentials");
            case 403 -> new FieldError("user", "may not do this");
            case 404 -> new FieldError("path", "nothing answers " + path);
            case 405 -> new FieldError("method", "is not accepted at " + path);
            case 413 -> new FieldError("body", "is too large");
            case 414 -> new FieldError("path", "is too long");
            case 429 -> new FieldError("user", "has sent too many requests; wait and try again");
            default -> code >= 500 ? new FieldError("request", "failed on the server; the failure is logged")
                    : new FieldError("request", "cannot be handled as sent");
        };
    }

    /** The path as given, when it is a URI at all (Tomcat refuses some before they are one). */
    private static void instance(String path, ProblemDetail problem) {
        try {
            problem.setInstance(path == null ? null : URI.create(path));
        } catch (IllegalArgumentException notAUri) {
            problem.setInstance(null);
        }
    }
}
