package io.harmsway.audit.api;

/**
 * What was done to the store, as a verifier recognises it by comparing the events as they are
 * now, in global order, with their seals.
 */
public enum ChangeKind {
    /** A row stands at a sealed global index, but its columns are not what was sealed, nor what any other leaf sealed. */
    ALTERED,
    /** A seal names a global index that no row has any more, and its leaf is found nowhere else. */
    REMOVED,
    /** A row stands below the sealed head that no seal names, and its content is no sealed leaf. */
    INSERTED,
    /** A row's content is what was sealed, but at another position (two rows swapped, or one moved). */
    REORDERED
}
