package io.harmsway.query.api;

import java.util.List;

/**
 * One risk grade's suspects by whole days from identification to interview ({@code interviewed}),
 * and those still waiting by days so far ({@code waiting}); {@code deadlineDays} is the median of
 * their clocks' deadlines (due less start, less any pause), null when there are none.
 */
public record InterviewDistribution(String riskGrade, Double deadlineDays, List<DayCount> interviewed,
                                    List<DayCount> waiting) {

    public record DayCount(int day, long suspects) {
    }
}
