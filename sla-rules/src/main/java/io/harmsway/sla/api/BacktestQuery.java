package io.harmsway.sla.api;

/**
 * Runs one rule, given as the text of a rule file, over the recorded history as of now, and
 * answers what it would have flagged. Writes nothing and raises nothing.
 */
public record BacktestQuery(String ruleYaml) {
}
