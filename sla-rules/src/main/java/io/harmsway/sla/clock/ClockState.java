package io.harmsway.sla.clock;

import io.harmsway.cases.api.RiskGrade;

import java.time.Duration;
import java.time.Instant;

/**
 * Where one running clock stands: the facts the decisions need, nothing about storage.
 *
 * @param extendedUnits deadline units added by extensions (e.g. months of bail)
 * @param pausedTotal   time spent paused in finished pauses; the due date already includes it
 * @param pausedAt      when the current pause began, null when counting
 */
public record ClockState(Instant startedAt, RiskGrade risk, long extendedUnits, Duration pausedTotal,
                         Instant pausedAt, Instant dueAt, int warningsRaised, Instant breachedAt, int escalations,
                         Instant acknowledgedAt) {

    public static ClockState started(Instant startedAt, RiskGrade risk, Instant dueAt) {
        return new ClockState(startedAt, risk, 0, Duration.ZERO, null, dueAt, 0, null, 0, null);
    }

    public boolean paused() {
        return pausedAt != null;
    }

    public boolean breached() {
        return breachedAt != null;
    }

    ClockState withDue(Instant due) {
        return new ClockState(startedAt, risk, extendedUnits, pausedTotal, pausedAt, due, warningsRaised, breachedAt,
                escalations, acknowledgedAt);
    }

    ClockState withStart(Instant start, Instant due) {
        return new ClockState(start, risk, extendedUnits, pausedTotal, pausedAt, due, warningsRaised, breachedAt,
                escalations, acknowledgedAt);
    }

    ClockState withRisk(RiskGrade grade, Instant due) {
        return new ClockState(startedAt, grade, extendedUnits, pausedTotal, pausedAt, due, warningsRaised, breachedAt,
                escalations, acknowledgedAt);
    }

    ClockState extended(long units, Instant due) {
        return new ClockState(startedAt, risk, extendedUnits + units, pausedTotal, pausedAt, due, warningsRaised,
                breachedAt, escalations, acknowledgedAt);
    }

    ClockState pausedSince(Instant at) {
        return new ClockState(startedAt, risk, extendedUnits, pausedTotal, at, dueAt, warningsRaised, breachedAt,
                escalations, acknowledgedAt);
    }

    ClockState resumed(Duration pausedFor, Instant due) {
        return new ClockState(startedAt, risk, extendedUnits, pausedTotal.plus(pausedFor), null, due, warningsRaised,
                breachedAt, escalations, acknowledgedAt);
    }

    ClockState warned(int raised) {
        return new ClockState(startedAt, risk, extendedUnits, pausedTotal, pausedAt, dueAt, raised, breachedAt,
                escalations, acknowledgedAt);
    }

    ClockState breachedAt(Instant at, int warnings) {
        return new ClockState(startedAt, risk, extendedUnits, pausedTotal, pausedAt, dueAt, warnings, at, escalations,
                acknowledgedAt);
    }

    ClockState escalatedTo(int level) {
        return new ClockState(startedAt, risk, extendedUnits, pausedTotal, pausedAt, dueAt, warningsRaised, breachedAt,
                level, acknowledgedAt);
    }

    ClockState acknowledged(Instant at) {
        return new ClockState(startedAt, risk, extendedUnits, pausedTotal, pausedAt, dueAt, warningsRaised, breachedAt,
                escalations, at);
    }
}
