package io.harmsway.query.api;

/**
 * One figure: {@code count} things counted (cases, clocks, entries: see docs/inspection.md) in
 * {@code cases} cases; for a figure that measures a time, its median, 90th percentile and maximum
 * in hours (continuous percentiles, null when nothing was measured).
 */
public record InspectionFigure(String key, String group, String title, long count, long cases,
                               Double medianHours, Double p90Hours, Double maxHours) {
}
