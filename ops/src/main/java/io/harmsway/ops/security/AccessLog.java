package io.harmsway.ops.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * What operators and auditors read about access: sign-ins, failed and throttled sign-ins, and
 * every 403 refusal, each with who, from where or what, and when (by the application's clock).
 * Never a password or a token. Values a caller chose are quoted with control characters escaped,
 * so a made-up user name cannot forge a log line. One logger, {@code io.harmsway.ops.security.AccessLog},
 * so it can be routed on its own.
 */
public class AccessLog {

    private static final Logger log = LoggerFactory.getLogger(AccessLog.class);
    private static final int LONGEST_VALUE = 200;

    private final Clock clock;

    public AccessLog(Clock clock) {
        this.clock = clock;
    }

    public void signedIn(String account, String address) {
        log.info("sign-in: account={} address={} at={}", quoted(account), quoted(address), clock.instant());
    }

    public void signInFailed(String account, String address) {
        log.warn("sign-in failed: account={} address={} at={} (wrong password or unknown account)", quoted(account),
                quoted(address), clock.instant());
    }

    public void signInThrottled(String account, String address, String why, long retryAfterSeconds) {
        log.warn("sign-in throttled: account={} address={} at={} ({}; retry after {} s)", quoted(account),
                quoted(address), clock.instant(), why, retryAfterSeconds);
    }

    /** A 403 answer: who was refused what. {@code why} may be null when the refusing code gave no reason. */
    public void refused(String user, String method, String path, String why) {
        log.warn("access refused (403): user={} request={} at={}{}", quoted(user), quoted(method + " " + path),
                clock.instant(), why == null ? "" : " reason=" + quoted(why));
    }

    static String quoted(String value) {
        if (value == null) {
            return "-";
        }
        StringBuilder text = new StringBuilder("\"");
        value.codePoints().limit(LONGEST_VALUE).forEach(c -> {
            if (c == '"' || c == '\\') {
                text.append('\\').appendCodePoint(c);
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                text.append(String.format("\\u%04x", c));
            } else {
                text.appendCodePoint(c);
            }
        });
        return text.append(value.codePointCount(0, value.length()) > LONGEST_VALUE ? "...\"" : "\"").toString();
    }
}
