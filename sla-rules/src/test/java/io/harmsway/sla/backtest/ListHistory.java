package io.harmsway.sla.backtest;

import io.harmsway.cases.api.CaseEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A history held in a list, two events a page; event {@code i} (from 0) is {@code event-i}. */
record ListHistory(List<CaseEvent> events) implements History {

    ListHistory(CaseEvent... events) {
        this(List.of(events));
    }

    @Override
    public long lastIndex() {
        return events.size();
    }

    @Override
    public long readAll(Consumer<List<RecordedEvent>> page) {
        for (int from = 0; from < events.size(); from += 2) {
            List<RecordedEvent> recorded = new ArrayList<>();
            for (int i = from; i < Math.min(from + 2, events.size()); i++) {
                recorded.add(new RecordedEvent(i + 1, "event-" + i, events.get(i)));
            }
            page.accept(recorded);
        }
        return events.size();
    }
}
