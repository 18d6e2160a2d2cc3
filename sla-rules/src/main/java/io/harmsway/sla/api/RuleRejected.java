package io.harmsway.sla.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule file that cannot be used: names the file, the rule and every fault, each with the field
 * at fault. At start-up it stops the application; in a backtest request it is a 400 answer.
 */
public class RuleRejected extends RuntimeException {

    /** One thing wrong with a rule file: the field (a path such as {@code start[0].event}) and the problem. */
    public record Fault(String field, String problem) {
        @Override
        public String toString() {
            return field + ": " + problem;
        }
    }

    private final String file;
    private final String ruleId;
    private final List<Fault> faults;

    public RuleRejected(String file, String ruleId, List<Fault> faults) {
        super(file + ": rule '" + (ruleId == null ? "?" : ruleId) + "': "
                + faults.stream().map(Fault::toString).collect(Collectors.joining("; ")));
        this.file = file;
        this.ruleId = ruleId;
        this.faults = List.copyOf(faults);
    }

    public String file() {
        return file;
    }

    public String ruleId() {
        return ruleId;
    }

    public List<Fault> faults() {
        return faults;
    }
}
