package io.harmsway.ops.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.HandlerExceptionResolver;

import java.io.IOException;

/**
 * Spring Security's refusals (no or a bad token: 401; a role that may not: 403) are handed to the
 * application's exception handlers, so they are answered with the same problem bodies as every
 * other refusal instead of Spring's bare status.
 */
public class RefusalAnswers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final HandlerExceptionResolver problems;

    public RefusalAnswers(HandlerExceptionResolver problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        answer(request, response, refused, HttpServletResponse.SC_UNAUTHORIZED);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException {
        answer(request, response, refused, HttpServletResponse.SC_FORBIDDEN);
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, Exception refused, int status)
            throws IOException {
        if (problems.resolveException(request, response, null, refused) == null) {
            response.sendError(status);
        }
    }
}
