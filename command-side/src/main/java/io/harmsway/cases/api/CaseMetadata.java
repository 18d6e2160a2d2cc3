package io.harmsway.cases.api;

/** Keys of the metadata every case event carries. */
public final class CaseMetadata {

    /** The authenticated user who recorded the action, or {@code system:<component>}. */
    public static final String ACTOR = "actor";

    private CaseMetadata() {
    }
}
