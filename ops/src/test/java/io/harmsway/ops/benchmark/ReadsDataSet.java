package io.harmsway.ops.benchmark;

import java.time.Instant;

/**
 * The data the read benchmarks read, made over real HTTP as investigator ivy (team north) makes it: a
 * case of {@code events} events (a referral and notes) and {@code openCases - 1} more open cases in
 * her team, all referred at {@code referredAt}. Answers the long case's id.
 */
final class ReadsDataSet {

    private ReadsDataSet() {
    }

    static String build(RunningApplication app, String token, int events, int openCases, Instant referredAt)
            throws Exception {
        HttpActions http = new HttpActions(app.port(), token, 0, referredAt);
        String longCase = http.open();
        new Clients(8).run(events - 1, (client, n) -> http.note(longCase, "note " + n) / 100 == 2 ? 1 : 0);
        openCases(app, token, openCases - 1, referredAt);
        return longCase;
    }

    /** {@code count} cases of the token's holder's team opened by referrals at {@code referredAt}, 8 at a time. */
    static void openCases(RunningApplication app, String token, int count, Instant referredAt) throws Exception {
        HttpActions http = new HttpActions(app.port(), token, 0, referredAt);
        new Clients(8).run(count, (client, n) -> http.open() == null ? 0 : 1);
    }
}
