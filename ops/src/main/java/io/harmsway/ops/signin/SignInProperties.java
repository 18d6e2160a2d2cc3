package io.harmsway.ops.signin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Sign-in settings.
 *
 * @param tokenLifetime how long a bearer token is accepted after it was issued
 * @param throttle      how many failed sign-ins are let through before the account or the address must wait
 */
@ConfigurationProperties("harmsway.sign-in")
public record SignInProperties(@DefaultValue("PT15M") Duration tokenLifetime, @DefaultValue Throttle throttle) {

    public SignInProperties {
        if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
            throw new IllegalArgumentException("harmsway.sign-in.token-lifetime must be positive, not " + tokenLifetime);
        }
    }

    /**
     * Failed sign-ins allowed per account and per client address. Each limit is a token bucket:
     * it holds that many attempts and refills them evenly over {@code window}, so after a burst of
     * failures one more attempt is let through every {@code window / limit}. A successful sign-in
     * gives its attempt back.
     *
     * @param failuresPerAccount failed sign-ins to one account (whatever the address) before it must wait
     * @param failuresPerAddress failed sign-ins from one client address (whatever the account) before it must wait
     * @param window             the time over which the attempts come back
     * @param trackedKeys        accounts and addresses remembered at once (each map), so a flood of made-up
     *                           names cannot fill the heap; the least recently seen are forgotten first
     */
    public record Throttle(@DefaultValue("5") int failuresPerAccount, @DefaultValue("20") int failuresPerAddress,
                           @DefaultValue("PT15M") Duration window, @DefaultValue("100000") int trackedKeys) {

        public Throttle {
            if (failuresPerAccount < 1 || failuresPerAddress < 1 || trackedKeys < 1) {
                throw new IllegalArgumentException("harmsway.sign-in.throttle limits must be at least 1");
            }
            if (window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("harmsway.sign-in.throttle.window must be positive, not " + window);
            }
        }
    }
}
