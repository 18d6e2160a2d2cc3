package io.harmsway.ops.access;

import java.util.Optional;

/** Which case a clock belongs to, as the SLA module keeps it (the clock's own row). */
@FunctionalInterface
public interface ClockCases {

    /** The clock's case; empty for no such clock. */
    Optional<String> caseOf(String clockId);
}
