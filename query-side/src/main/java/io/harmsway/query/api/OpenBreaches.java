package io.harmsway.query.api;

import java.util.List;

/** Open breaches counted two ways, the largest count first. */
public record OpenBreaches(List<Tally> byRule, List<Tally> byOfficer) {

    /** {@code count} breaches under {@code key} (a rule id, or an officer), shown as {@code label}. */
    public record Tally(String key, String label, int count) {
    }
}
