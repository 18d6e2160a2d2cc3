package io.harmsway.ops.web;

import io.harmsway.ops.access.AccessRefused;
import io.harmsway.ops.security.RefusalLog;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/**
 * A request the team-access rule refuses: 403 with a problem body of the same shape as every
 * other refusal. The reason goes to {@link RefusalLog}, which logs every 403 once, whoever refused.
 */
@RestControllerAdvice
class AccessRefusals {

    @ExceptionHandler(AccessRefused.class)
    ProblemDetail refused(AccessRefused refused, HttpServletRequest request) {
        request.setAttribute(RefusalLog.REASON, refused.field() + ": " + refused.getMessage());
        return Problems.problem(HttpStatus.FORBIDDEN, "Not allowed",
                List.of(new FieldError(refused.field(), refused.getMessage())));
    }
}
