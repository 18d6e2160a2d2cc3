package io.harmsway.query.breaches;

import io.harmsway.query.api.BreachHistory.AcknowledgementTimes;
import io.harmsway.query.api.BreachHistory.Band;

import java.time.Duration;
import java.util.List;

/**
 * How long breaches waited for a supervisor: the median, and the spread in bands a supervisor reads
 * at a glance (within the hour, the same shift, the same day, a few days, longer).
 */
final class AcknowledgementFigures {

    private static final List<Band> BANDS = List.of(
            band("under 1 hour", Duration.ZERO, Duration.ofHours(1)),
            band("1 to 4 hours", Duration.ofHours(1), Duration.ofHours(4)),
            band("4 to 24 hours", Duration.ofHours(4), Duration.ofDays(1)),
            band("1 to 3 days", Duration.ofDays(1), Duration.ofDays(3)),
            band("3 days or more", Duration.ofDays(3), null));

    private AcknowledgementFigures() {
    }

    static AcknowledgementTimes of(List<Breach> breaches) {
        List<Duration> waits = breaches.stream().filter(Breach::acknowledged).map(Breach::waitedForAcknowledgement)
                .sorted().toList();
        List<Band> bands = BANDS.stream().map(band -> new Band(band.label(), band.from(), band.below(),
                (int) waits.stream().filter(wait -> within(band, wait)).count())).toList();
        int awaiting = (int) breaches.stream().filter(breach -> !breach.acknowledged() && breach.running()).count();
        int endedUnacknowledged = (int) breaches.stream()
                .filter(breach -> !breach.acknowledged() && !breach.running()).count();
        return new AcknowledgementTimes(breaches.size(), waits.size(), median(waits), bands, awaiting,
                endedUnacknowledged);
    }

    /** The middle wait, or the mean of the two middle ones; null when nothing was acknowledged. */
    private static Duration median(List<Duration> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }

    private static boolean within(Band band, Duration wait) {
        return wait.compareTo(band.from()) >= 0 && (band.below() == null || wait.compareTo(band.below()) < 0);
    }

    private static Band band(String label, Duration from, Duration below) {
        return new Band(label, from, below, 0);
    }
}
