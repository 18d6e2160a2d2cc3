package io.harmsway.query.api;

/** A stated reason (a pause's, a correction's, a no-further-action decision's), how often, in how many cases, for how long. */
public record ReasonCount(String ruleId, String reason, long count, long cases, Double totalHours) {
}
