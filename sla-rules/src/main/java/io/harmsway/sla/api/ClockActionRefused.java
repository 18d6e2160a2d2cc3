package io.harmsway.sla.api;

/**
 * A clock action that is refused, naming the field at fault and the problem; nothing is recorded.
 * {@code why} tells an unknown clock, a clock of another team's case, and a refusal on the merits apart.
 */
public class ClockActionRefused extends RuntimeException {

    public enum Why { UNKNOWN_CLOCK, OTHER_TEAM, REFUSED }

    private final String field;
    private final Why why;

    public ClockActionRefused(String field, String problem, Why why) {
        super(problem);
        this.field = field;
        this.why = why;
    }

    public static ClockActionRefused unknown(String clockId) {
        return new ClockActionRefused("clockId", "no clock '" + clockId + "' exists", Why.UNKNOWN_CLOCK);
    }

    public String field() {
        return field;
    }

    public Why why() {
        return why;
    }
}
