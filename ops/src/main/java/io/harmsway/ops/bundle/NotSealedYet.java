package io.harmsway.ops.bundle;

/**
 * Some of a case's events are not sealed yet, even in a checkpoint taken on demand: the sealer
 * seals events a moment after they are stored (waiting briefly at gaps), so a bundle asked for
 * right after a change can be asked for again a second later. Answered 503 with Retry-After.
 */
public class NotSealedYet extends RuntimeException {

    NotSealedYet(String caseId, int unsealed, int events) {
        super(unsealed + " of the " + events + " events of case " + caseId + " are not sealed yet: "
                + "the sealer seals new events within about a second; ask again");
    }
}
