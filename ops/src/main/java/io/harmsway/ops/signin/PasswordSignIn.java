package io.harmsway.ops.signin;

import io.harmsway.ops.security.AccessLog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks a user's password (the slow hash: BCrypt), as often as the throttle lets through, and logs
 * every outcome. The one way in by password: the token endpoint uses it, and so can a sign-in page.
 */
public class PasswordSignIn {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final AccessLog log;
    private final Counter wrongPasswords;
    private final Counter throttledSignIns;

    public PasswordSignIn(AuthenticationProvider passwords, SignInThrottle throttle, AccessLog log, MeterRegistry registry) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.log = log;
        this.wrongPasswords = failures(registry, "password");
        this.throttledSignIns = failures(registry, "throttled");
    }

    private static Counter failures(MeterRegistry registry, String reason) {
        return Counter.builder("harmsway.sign.in.failures").tag("reason", reason)
                .description("sign-ins refused: a wrong password or unknown user, or throttled before the password was checked")
                .register(registry);
    }

    /**
     * The signed-in user; or {@link SignInThrottled} when too many sign-ins failed lately (the password
     * is then not even looked at, right or wrong), or {@link BadCredentialsException}, which says
     * neither whether the account exists nor which part was wrong.
     */
    public Authentication signIn(String username, String password, String address) {
        SignInThrottle.Attempt attempt;
        try {
            attempt = throttle.admit(username, address);
        } catch (SignInThrottled throttled) {
            throttledSignIns.increment();
            log.signInThrottled(username, address, throttled.getMessage(), throttled.retryAfterSeconds());
            throw throttled;
        }
        Authentication user;
        try {
            user = passwords.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
        } catch (AuthenticationException refused) {
            wrongPasswords.increment();
            log.signInFailed(username, address);
            throw new BadCredentialsException("the username and password do not match a user");
        }
        attempt.succeeded();
        log.signedIn(user.getName(), address);
        return user;
    }
}
