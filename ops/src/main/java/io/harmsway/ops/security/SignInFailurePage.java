package io.harmsway.ops.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import java.io.IOException;

/**
 * Back to the sign-in form, saying why: the username and password did not match (never which),
 * or too many sign-ins failed lately and how long to wait (the page shows it; the form's answer is
 * a redirect, as every form's here is, so a reload does not post the password again).
 */
final class SignInFailurePage implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException {
        String why = failure instanceof FormSignIn.HeldBack held
                ? "?throttled=" + held.retryAfterSeconds() : "?failed";
        response.sendRedirect(request.getContextPath() + PageSecurityConfiguration.SIGN_IN + why);
    }
}
