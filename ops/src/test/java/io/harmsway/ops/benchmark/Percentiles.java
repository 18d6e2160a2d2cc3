package io.harmsway.ops.benchmark;

import java.util.Arrays;

/** The spread of a set of durations (nanoseconds): median, 90th and 99th percentile, the longest. */
record Percentiles(int count, long p50, long p90, long p99, long max) {

    static Percentiles of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return new Percentiles(0, 0, 0, 0, 0);
        }
        return new Percentiles(sorted.length, at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99),
                sorted[sorted.length - 1]);
    }

    /** The nearest-rank percentile: the smallest value at least {@code fraction} of the values do not exceed. */
    private static long at(long[] sorted, double fraction) {
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    @Override
    public String toString() {
        return String.format("p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms (%,d)",
                p50 / 1e6, p90 / 1e6, p99 / 1e6, max / 1e6, count);
    }
}
