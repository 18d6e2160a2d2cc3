package io.harmsway.ops.notify;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * {@code harmsway.notifications.*}: how often the delivery worker looks for due rows, how it
 * retries, when digests go out, and the webhook client's limits. Mail itself is Spring Boot's
 * {@code spring.mail.*}; without {@code spring.mail.host} no mail is written to the outbox.
 */
@ConfigurationProperties("harmsway.notifications")
public record NotificationProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("50") int batchSize,
        /* attempts in all, the first included, before a delivery is dead */
        @DefaultValue("8") int maxAttempts,
        /* the wait after the first failure; each further failure doubles it, up to maxRetryAfter */
        @DefaultValue("30s") Duration firstRetryAfter,
        @DefaultValue("1h") Duration maxRetryAfter,
        /* a share of each wait added at random, so receivers that failed together are not retried together */
        @DefaultValue("0.2") double jitter,
        /* how long a worker owns a claimed row: one that dies before recording frees it then */
        @DefaultValue("2m") Duration lease,
        /* when each user's digest of warnings goes out, in zone */
        @DefaultValue("07:00") LocalTime digestTime,
        @DefaultValue("Europe/London") ZoneId zone,
        @DefaultValue("harmsway@localhost") String mailFrom,
        @DefaultValue Webhooks webhooks) {

    public record Webhooks(@DefaultValue("5s") Duration connectTimeout,
                           @DefaultValue("10s") Duration requestTimeout,
                           /* refuse plain http webhook addresses (a test or a closed network may allow them) */
                           @DefaultValue("true") boolean requireHttps,
                           /* hosts webhooks may go to: a name, or .domain for it and its subdomains; none: any */
                           List<String> allowedHosts) {

        public Webhooks {
            allowedHosts = allowedHosts == null ? List.of()
                    : allowedHosts.stream().map(host -> host.strip().toLowerCase(Locale.ROOT)).toList();
        }

        /** Whether a webhook may go to this host (a user cannot point the server at an address of its own choosing). */
        public boolean allows(String host) {
            if (allowedHosts.isEmpty()) {
                return true;
            }
            String name = host == null ? "" : host.toLowerCase(Locale.ROOT);
            return allowedHosts.stream().anyMatch(allowed -> allowed.startsWith(".")
                    ? name.endsWith(allowed) || name.equals(allowed.substring(1)) : name.equals(allowed));
        }
    }
}
