package io.harmsway.sla.backtest;

import java.util.List;
import java.util.function.Consumer;

/** Recorded case events in the order they were recorded, page by page. */
public interface History {

    /** The highest position stored: how far a full read goes. */
    long lastIndex();

    /** Hands every page of case events to {@code page}, in order; answers the number of stored events read. */
    long readAll(Consumer<List<RecordedEvent>> page);
}
