package io.harmsway.ops.signin;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Holds back password guessing: every sign-in takes one attempt from its account's bucket and one
 * from its client address's bucket (Bucket4j token buckets), and a successful one gives them back,
 * so only failures use a bucket up. An empty bucket refuses the attempt before the password is
 * looked at. Taking before checking, rather than counting failures afterwards, keeps concurrent
 * guesses from slipping past the limit. Time is the application's clock.
 */
public class SignInThrottle {

    private final SignInProperties.Throttle limits;
    private final TimeMeter time;
    private final Cache<String, Bucket> accounts;
    private final Cache<String, Bucket> addresses;

    public SignInThrottle(SignInProperties.Throttle limits, Clock clock) {
        this.limits = limits;
        this.time = new ClockTime(clock);
        this.accounts = buckets(limits, time);
        this.addresses = buckets(limits, time);
    }

    /**
     * Lets one sign-in attempt through, or refuses it with how long to wait. Account names are
     * compared without case, as the user directory finds them.
     */
    public Attempt admit(String account, String address) {
        Bucket byAddress = addresses.get(address, key -> bucket(limits.failuresPerAddress()));
        ConsumptionProbe fromAddress = byAddress.tryConsumeAndReturnRemaining(1);
        if (!fromAddress.isConsumed()) {
            throw new SignInThrottled(SignInThrottled.Scope.ADDRESS, wait(fromAddress));
        }
        Bucket byAccount = accounts.get(account.toLowerCase(Locale.ROOT), key -> bucket(limits.failuresPerAccount()));
        ConsumptionProbe fromAccount = byAccount.tryConsumeAndReturnRemaining(1);
        if (!fromAccount.isConsumed()) {
            byAddress.addTokens(1);
            throw new SignInThrottled(SignInThrottled.Scope.ACCOUNT, wait(fromAccount));
        }
        return new Attempt(byAccount, byAddress);
    }

    private Bucket bucket(int attempts) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(attempts).refillGreedy(attempts, limits.window()))
                .withCustomTimePrecision(time)
                .build();
    }

    private static Duration wait(ConsumptionProbe refused) {
        return Duration.ofNanos(refused.getNanosToWaitForRefill());
    }

    /** A bucket untouched for a whole window is full again: forgetting it loses nothing. */
    private static Cache<String, Bucket> buckets(SignInProperties.Throttle limits, TimeMeter time) {
        return Caffeine.newBuilder()
                .maximumSize(limits.trackedKeys())
                .expireAfterAccess(limits.window())
                .ticker(time::currentTimeNanos)
                .build();
    }

    /** One admitted attempt; a success gives its share of both buckets back. */
    public record Attempt(Bucket account, Bucket address) {

        public void succeeded() {
            account.addTokens(1);
            address.addTokens(1);
        }
    }

    /** Bucket4j's and Caffeine's time, read from the application's clock (tests move it). */
    private record ClockTime(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
