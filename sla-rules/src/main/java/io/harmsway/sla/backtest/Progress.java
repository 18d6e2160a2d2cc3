package io.harmsway.sla.backtest;

/** Told after each page of a backtest: how many events were read of how many stored. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (read, total) -> {
    };

    void advanced(long read, long total);
}
