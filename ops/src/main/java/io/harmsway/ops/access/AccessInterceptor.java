package io.harmsway.ops.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/**
 * The one point every request (API or page) passes on its way to a controller: whatever names a case
 * ({@code {caseId}}), a clock ({@code {clockId}}) or a team ({@code {team}}) in its path is checked
 * against the {@link AccessRule} first, GET as a read and anything else as a write. So an endpoint
 * added later under such a path (an export, a new action) is covered from its first line, and a
 * refused request never reaches its controller: nothing is read for it and nothing recorded, and
 * its body is not even validated. A read of a case that passes is logged by {@link CaseReadLog}
 * as its answer is written; a read of another team's case needs a stated reason (see
 * {@link CaseAccess#readCase}).
 */
class AccessInterceptor implements HandlerInterceptor {

    static final String CASE = "caseId";
    static final String CLOCK = "clockId";
    static final String TEAM = "team";

    private final CaseAccess access;
    private final CaseReadLog reads;

    AccessInterceptor(CaseAccess access, CaseReadLog reads) {
        this.access = access;
        this.reads = reads;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        @SuppressWarnings("unchecked")
        Map<String, String> path = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (path == null || path.isEmpty()) {
            return true;
        }
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        Intent intent = Intent.of(request.getMethod(),
                (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
        if (path.containsKey(CASE) && intent == Intent.READ) {
            request.setAttribute(CaseReadLog.PENDING,
                    access.readCase(user, path.get(CASE), request.getHeader(CaseAccess.REASON_HEADER)));
        } else if (path.containsKey(CASE)) {
            access.requireCase(user, path.get(CASE), intent);
        }
        if (path.containsKey(CLOCK)) {
            access.requireClock(user, path.get(CLOCK), intent);
        }
        if (path.containsKey(TEAM)) {
            access.requireTeam(user, path.get(TEAM), intent);
        }
        return true;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView view) {
        reads.beforeView(request);
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception failure) {
        reads.completed(request, response);
    }
}
