package io.harmsway.ops.signin;

import java.time.Duration;

/**
 * A sign-in refused before its password was looked at: too many recent failures. Answered 429.
 * Without a stack trace: under a guessing attack it is thrown thousands of times a second, and
 * where it came from is always the same.
 */
public class SignInThrottled extends RuntimeException {

    /** Which limit was reached. */
    public enum Scope {
        ACCOUNT("for this account"), ADDRESS("from this client address");

        private final String words;

        Scope(String words) {
            this.words = words;
        }
    }

    private final Scope scope;
    private final Duration retryAfter;

    public SignInThrottled(Scope scope, Duration retryAfter) {
        super("too many failed sign-ins " + scope.words, null, false, false);
        this.scope = scope;
        this.retryAfter = retryAfter;
    }

    public Scope scope() {
        return scope;
    }

    /** The wait until one more attempt is let through, rounded up to whole seconds (as Retry-After counts). */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toNanos() + 999_999_999L) / 1_000_000_000L);
    }
}
