package io.harmsway.ops.pages;

import io.harmsway.ops.access.AccessRefused;
import io.harmsway.sla.api.ClockActionRefused;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;

/**
 * Refusals as pages rather than the API's problem bodies: another team's case (403, saying why), no
 * such case or clock (404), and Spring Security's own 403 (a role's page), which it forwards to
 * {@code /refused}. First in order, so that the API's problem handlers never answer a page.
 */
@ControllerAdvice(basePackageClasses = PageRefusals.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageRefusals {

    private final PageLayout layout;

    PageRefusals(PageLayout layout) {
        this.layout = layout;
    }

    @ExceptionHandler(AccessRefused.class)
    String refused(AccessRefused refusal, Model model, Authentication user, HttpServletRequest request,
                   HttpServletResponse response) {
        return page(HttpStatus.FORBIDDEN, refusal.getMessage(), model, user, request, response);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    String notFound(AggregateNotFoundException unknown, Model model, Authentication user, HttpServletRequest request,
                    HttpServletResponse response) {
        return page(HttpStatus.NOT_FOUND, "There is no such case.", model, user, request, response);
    }

    @ExceptionHandler(ClockActionRefused.class)
    String clock(ClockActionRefused refusal, Model model, Authentication user, HttpServletRequest request,
                 HttpServletResponse response) {
        HttpStatus status = refusal.why() == ClockActionRefused.Why.UNKNOWN_CLOCK ? HttpStatus.NOT_FOUND
                : HttpStatus.FORBIDDEN;
        return page(status, refusal.getMessage(), model, user, request, response);
    }

    @ExceptionHandler(ResponseStatusException.class)
    String status(ResponseStatusException refusal, Model model, Authentication user, HttpServletRequest request,
                  HttpServletResponse response) {
        HttpStatus status = HttpStatus.resolve(refusal.getStatusCode().value());
        return page(status == null ? HttpStatus.BAD_REQUEST : status, refusal.getReason(), model, user, request,
                response);
    }

    /** An exception handler's model gets no {@code @ModelAttribute}s: the layout is added here. */
    private String page(HttpStatus status, String explanation, Model model, Authentication user,
                        HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("layout", layout.layout(user, request));
        return RefusedPage.show(status, explanation, model);
    }
}
