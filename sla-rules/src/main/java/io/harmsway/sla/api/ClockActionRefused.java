package io.harmsway.sla.api;

/**
 * A clock action the clock refuses, naming the field at fault and the problem; nothing is
 * recorded. {@code unknownClock} says the clock itself does not exist.
 */
public class ClockActionRefused extends RuntimeException {

    private final String field;
    private final boolean unknownClock;

    public ClockActionRefused(String field, String problem, boolean unknownClock) {
        super(problem);
        this.field = field;
        this.unknownClock = unknownClock;
    }

    public static ClockActionRefused unknown(String clockId) {
        return new ClockActionRefused("clockId", "no clock '" + clockId + "' exists", true);
    }

    public String field() {
        return field;
    }

    public boolean unknownClock() {
        return unknownClock;
    }
}
