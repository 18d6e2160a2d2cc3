package io.harmsway.sla.clock;

import io.harmsway.sla.api.ClockEvent;
import io.harmsway.sla.api.SlaClockFaulted;

import java.time.Instant;
import java.util.List;

/** What the sweep decided for one due clock: moved on with what it raised, or set aside with its fault. */
sealed interface Swept {

    List<? extends ClockEvent> events();

    /** The clock's new state, when it next needs the sweep (null: never), and the warnings, breach or escalations raised. */
    record MovedOn(String clockId, ClockState after, Instant nextAttention, List<ClockEvent> events) implements Swept {
    }

    /** The sweep cannot judge the clock: it stops watching it until an operator looks. */
    record SetAside(SlaClockFaulted fault) implements Swept {

        @Override
        public List<SlaClockFaulted> events() {
            return List.of(fault);
        }
    }
}
