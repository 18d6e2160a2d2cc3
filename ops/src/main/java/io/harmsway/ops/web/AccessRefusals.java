package io.harmsway.ops.web;

import io.harmsway.ops.access.AccessRefused;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.security.Principal;
import java.time.Clock;
import java.util.List;

/**
 * A request the team-access rule refuses: 403 with a problem body of the same shape as every
 * other refusal, and a WARN line saying who was refused what, when, and why.
 */
@RestControllerAdvice
class AccessRefusals {

    private static final Logger log = LoggerFactory.getLogger(AccessRefusals.class);

    private final Clock clock;

    AccessRefusals(Clock clock) {
        this.clock = clock;
    }

    @ExceptionHandler(AccessRefused.class)
    ProblemDetail refused(AccessRefused refused, HttpServletRequest request, Principal user) {
        log.warn("access refused (403): user={} request={} {} at={} reason={}: {}",
                user == null ? "-" : printable(user.getName()), request.getMethod(), printable(request.getRequestURI()),
                clock.instant(), refused.field(), printable(refused.getMessage()));
        return ProblemHandler.problem(HttpStatus.FORBIDDEN, "Not allowed",
                List.of(new FieldError(refused.field(), refused.getMessage())));
    }

    /** Path values reach the message decoded: no line break or control character of theirs reaches the log. */
    private static String printable(String text) {
        return text.replaceAll("\\p{Cntrl}", "?");
    }
}
