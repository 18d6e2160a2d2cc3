package io.harmsway.query.api;

/** Clocks of {@code ruleId} whose deadline fell in {@code month} (yyyy-MM, London) and were breached. */
public record MonthlyBreaches(String month, String ruleId, long breaches, long cases) {
}
