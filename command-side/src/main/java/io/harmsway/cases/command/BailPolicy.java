package io.harmsway.cases.command;

import java.time.Instant;

/**
 * Pre-charge bail: it ends after the release it follows, and an extension moves an existing end
 * date later (the Police, Crime, Sentencing and Courts Act 2022 counts extensions from it).
 */
final class BailPolicy {

    private BailPolicy() {
    }

    static void endsAfterRelease(Instant bailEndsAt, Instant releasedAt) {
        Require.given(bailEndsAt, "bailEndsAt");
        Require.that(bailEndsAt.isAfter(releasedAt), "bailEndsAt",
                "must be after the release on bail (" + releasedAt + ")");
    }

    static void extensionIsLater(Instant currentEnd, Instant newEnd, String suspectId) {
        Require.that(currentEnd != null, "suspectId", suspectId + " is not on bail");
        Require.given(newEnd, "bailEndsAt");
        Require.that(newEnd.isAfter(currentEnd), "bailEndsAt", "must be after the current bail end (" + currentEnd + ")");
    }
}
