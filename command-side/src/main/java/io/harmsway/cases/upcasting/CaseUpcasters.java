package io.harmsway.cases.upcasting;

import org.axonframework.serialization.upcasting.event.EventUpcaster;

import java.util.List;

/** Every upcaster of case events, oldest change first: the order in which they must run. */
public final class CaseUpcasters {

    private CaseUpcasters() {
    }

    public static List<EventUpcaster> all() {
        return List.of(new SuspectIdentifiedUpcaster(), new StrategyDiscussionHeldUpcaster());
    }
}
