package io.harmsway.query.api;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * A team's breaches per week, oldest week first with every week present (a week with none counts
 * 0), and the time from breach to acknowledgement of those breaches.
 */
public record BreachHistory(List<Week> weeks, AcknowledgementTimes acknowledgement) {

    /** The breaches whose deadline passed in the week starting on Monday {@code starting} (London). */
    public record Week(LocalDate starting, int breaches) {
    }

    /**
     * Of {@code breaches} in the period: {@code acknowledged}, with the {@code median} time from the
     * deadline to the first acknowledgement (null when none was) and how many fall in each band;
     * {@code awaiting}: still running and nobody has acknowledged them; {@code endedUnacknowledged}:
     * met or cancelled before anybody acknowledged them.
     */
    public record AcknowledgementTimes(int breaches, int acknowledged, Duration median, List<Band> bands,
                                       int awaiting, int endedUnacknowledged) {
    }

    /** How many breaches were acknowledged at least {@code from} and less than {@code below} (null: no bound) after. */
    public record Band(String label, Duration from, Duration below, int breaches) {
    }
}
