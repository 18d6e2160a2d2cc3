package io.harmsway.sla.cli;

import io.harmsway.sla.backtest.Progress;

import java.io.PrintStream;

/** A one-line progress bar on the terminal, redrawn only when the percentage changes. */
final class ProgressBar implements Progress {

    private static final int WIDTH = 40;

    private final PrintStream terminal;
    private int shown = -1;

    ProgressBar(PrintStream terminal) {
        this.terminal = terminal;
    }

    @Override
    public void advanced(long read, long total) {
        int percent = total == 0 ? 100 : (int) Math.min(100, read * 100 / total);
        if (percent == shown) {
            return;
        }
        shown = percent;
        int filled = percent * WIDTH / 100;
        terminal.printf("\r[%s%s] %3d%%  %,d / %,d events", "#".repeat(filled), "-".repeat(WIDTH - filled), percent,
                read, total);
        terminal.flush();
    }

    void done() {
        terminal.println();
    }
}
