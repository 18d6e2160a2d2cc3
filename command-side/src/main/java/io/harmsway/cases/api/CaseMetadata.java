package io.harmsway.cases.api;

/** Keys of the metadata every case event carries. */
public final class CaseMetadata {

    /** The authenticated user who recorded the action, or {@code system:<component>}. */
    public static final String ACTOR = "actor";

    /**
     * When the application received the command ({@link java.time.Instant}), stamped from its one
     * Clock at dispatch: the case judges "not in the future" against it.
     */
    public static final String RECEIVED_AT = "receivedAt";

    private CaseMetadata() {
    }
}
