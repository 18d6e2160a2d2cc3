package io.harmsway.ops.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

import java.io.IOException;

/**
 * A page asked for without being signed in leads to the sign-in form; when the browser still sent
 * the cookie of a session that has ended (timed out), the form says so. (Spring's own
 * invalid-session setting would also answer a CSRF refusal after sign-in that way, wrongly.)
 */
final class SignInFirst implements AuthenticationEntryPoint {

    private final String signIn;
    private final LoginUrlAuthenticationEntryPoint form;

    SignInFirst(String signIn) {
        this.signIn = signIn;
        this.form = new LoginUrlAuthenticationEntryPoint(signIn);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException, jakarta.servlet.ServletException {
        if (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
            response.sendRedirect(request.getContextPath() + signIn + "?timed-out");
        } else {
            form.commence(request, response, refused);
        }
    }
}
