package io.harmsway.sla.clock;

import java.time.Instant;

/** Something the sweep raises for a clock, at the moment it became due. */
public sealed interface Raised {

    Instant at();

    /** Warning number {@code number} (1 = first threshold) at {@code fraction} of the running time. */
    record Warning(int number, double fraction, Instant at) implements Raised {
    }

    record Breach(Instant at) implements Raised {
    }

    /**
     * Escalation step {@code level} (1 = first step after the breach) to {@code to}; {@code reminder}
     * is 0 for the step itself and n for the n-th reminder after the last step.
     */
    record Escalation(int level, int reminder, String to, Instant at) implements Raised {

        Escalation(int level, String to, Instant at) {
            this(level, 0, to, at);
        }
    }
}
