package io.harmsway.ops.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Logs every 403 answer, whichever part refused (a role rule, a controller's team check, a clock's
 * team check), with the signed-in user, the request and the time. It looks at the answer rather
 * than at each refusing place, so a new refusal cannot be forgotten. A refusing place may leave its
 * reason in the request attribute {@link #REASON}.
 */
public class RefusalLog extends OncePerRequestFilter {

    /** Request attribute: the reason for a 403, in words, for the log. */
    public static final String REASON = RefusalLog.class.getName() + ".reason";

    private final AccessLog log;

    public RefusalLog(AccessLog log) {
        this.log = log;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
            Authentication user = SecurityContextHolder.getContext().getAuthentication();
            log.refused(user == null ? null : user.getName(), request.getMethod(), request.getRequestURI(),
                    (String) request.getAttribute(REASON));
        }
    }
}
