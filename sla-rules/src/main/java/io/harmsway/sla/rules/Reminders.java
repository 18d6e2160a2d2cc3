package io.harmsway.sla.rules;

import java.time.Duration;

/**
 * What happens once an unacknowledged breach has reached the last step of its chain: the last
 * addressee is reminded {@code every} so long, at most {@code times} times, and then the chain is
 * silent. A bounded policy, stated in the rule, rather than an alarm that rings for ever.
 */
public record Reminders(Duration every, int times) {

    /** No reminder: the chain stops at its last step. */
    public static final Reminders NONE = new Reminders(Duration.ZERO, 0);

    public Reminders {
        if (times < 0 || (times > 0 && (every == null || every.isZero() || every.isNegative()))) {
            throw new IllegalArgumentException("reminders need a positive interval and a count of zero or more");
        }
    }

    /** How the catalogue lists it, after the last step. */
    public String describe(String lastAddressee) {
        return times == 0 ? "then stops"
                : "then reminds the " + lastAddressee + " every " + every + ", at most " + times + " times";
    }
}
