package io.harmsway.sla.rules;

/** What a case event does to a running clock, and the rule's trigger that says so. */
public record Reaction(Kind kind, Trigger trigger) {

    public enum Kind { STOP, CANCEL, PAUSE, RESUME, EXTEND }
}
