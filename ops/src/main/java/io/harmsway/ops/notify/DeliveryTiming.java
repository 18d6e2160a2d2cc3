package io.harmsway.ops.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a notice goes out to one recipient: at once; at the end of their quiet hours; or, for a
 * warning they chose to batch, with their next daily digest. Breaches and escalations go at once,
 * unless the recipient let quiet hours hold those of cases not at high risk: a breach on a
 * high-risk case is never held. Times of day are in the configured zone (Europe/London).
 */
public class DeliveryTiming {

    private final LocalTime digestTime;
    private final ZoneId zone;

    public DeliveryTiming(LocalTime digestTime, ZoneId zone) {
        this.digestTime = digestTime;
        this.zone = zone;
    }

    public Schedule schedule(NoticeKind kind, NotificationSettings settings, boolean highRisk, Instant now) {
        if (kind == NoticeKind.WARNING && settings.warningDigest()) {
            return new Schedule(DeliveryStatus.DIGEST, nextDigest(now));
        }
        boolean quietMayHold = !kind.urgent() || (settings.quietLowerRiskBreaches() && !highRisk);
        if (quietMayHold && settings.hasQuietHours()) {
            return new Schedule(DeliveryStatus.PENDING, endOfQuietHours(settings, now));
        }
        return new Schedule(DeliveryStatus.PENDING, now);
    }

    /** The first digest time after now. */
    public Instant nextDigest(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        Instant today = ZonedDateTime.of(local.toLocalDate(), digestTime, zone).toInstant();
        return today.isAfter(now) ? today
                : ZonedDateTime.of(local.toLocalDate().plusDays(1), digestTime, zone).toInstant();
    }

    /** Now if now is outside the quiet hours, else when they end (they may run past midnight). */
    private Instant endOfQuietHours(NotificationSettings settings, Instant now) {
        LocalTime from = settings.quietFrom();
        LocalTime until = settings.quietUntil();
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        LocalDate date = local.toLocalDate();
        if (from.isBefore(until)) {
            return !time.isBefore(from) && time.isBefore(until) ? at(date, until) : now;
        }
        if (!time.isBefore(from)) {
            return at(date.plusDays(1), until);
        }
        return time.isBefore(until) ? at(date, until) : now;
    }

    private Instant at(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }

    public record Schedule(DeliveryStatus status, Instant dueAt) {
    }
}
