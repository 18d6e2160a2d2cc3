package io.harmsway.ops.security;

import io.harmsway.ops.signin.PasswordSignIn;
import io.harmsway.ops.signin.SignInThrottled;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The sign-in form's password check: the same {@link PasswordSignIn} as the token endpoint, so the
 * same throttle (per account and per client address) and the same access log apply to both.
 */
final class FormSignIn implements AuthenticationProvider {

    private final PasswordSignIn passwords;

    FormSignIn(PasswordSignIn passwords) {
        this.passwords = passwords;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        try {
            Authentication user = passwords.signIn(attempt.getName(), String.valueOf(attempt.getCredentials()), address);
            return UsernamePasswordAuthenticationToken.authenticated(user.getPrincipal(), null, user.getAuthorities());
        } catch (SignInThrottled throttled) {
            throw new HeldBack(throttled);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Too many failed sign-ins lately: the password was not looked at. */
    static final class HeldBack extends AuthenticationException {

        private final long retryAfterSeconds;

        HeldBack(SignInThrottled throttled) {
            super(throttled.getMessage());
            this.retryAfterSeconds = throttled.retryAfterSeconds();
        }

        long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
