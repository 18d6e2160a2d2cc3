package io.harmsway.sla.rules;

/**
 * The agency that must act for a rule's clock to be met. Police clocks warn the investigator and
 * escalate up the police chain. A partner's clock (children's social care, health, the CPS) is
 * shown on the case and counted in the figures, but the police chain is not the way to make a
 * partner act: when its deadline passes, the officer who holds the case is told once to chase it.
 */
public enum ResponsibleAgency {
    POLICE, SOCIAL_CARE, HEALTH, CPS;

    /** Whether the clock is another agency's, which the police chase rather than answer for. */
    public boolean partner() {
        return this != POLICE;
    }

    public String words() {
        return switch (this) {
            case POLICE -> "the police";
            case SOCIAL_CARE -> "children's social care";
            case HEALTH -> "health";
            case CPS -> "the CPS";
        };
    }
}
