package io.harmsway.sla.rules;

/** Why a rule exists: the statute, guidance or inspection finding it answers, or a local practice. */
public record RuleSource(Kind kind, String citation) {

    public enum Kind { STATUTE, GUIDANCE, INSPECTION_FINDING, LOCAL_PRACTICE }
}
