package io.harmsway.ops.access;

import io.harmsway.ops.security.Role;
import io.harmsway.ops.security.UserDirectory.Member;

import java.util.Optional;

/**
 * The one access rule, for every read and write of a team's cases, their clocks and alerts:
 * investigators and supervisors work on their own team's cases, reading and recording; auditors
 * read every team's and record nothing but their grading of a case file. A case is the team's that holds it now (it follows
 * its transfers). Answers why a user is refused, in words, or nothing when they may.
 */
final class AccessRule {

    private AccessRule() {
    }

    /**
     * @param team    the team whose case (or list) it is
     * @param subject what the request is about, for the refusal's words ("the case")
     */
    static Optional<String> refusal(Member user, String team, Intent intent, String subject) {
        if (intent == Intent.GRADE) {
            return readsEveryTeam(user) ? Optional.empty()
                    : Optional.of(user.username() + " is not an auditor: only auditors grade case files");
        }
        if (readsEveryTeam(user)) {
            return intent == Intent.READ ? Optional.empty()
                    : Optional.of(user.username() + " is an auditor: auditors read every team's cases and record nothing");
        }
        if (user.team() == null) {
            return Optional.of(user.username() + " belongs to no team, so may read and record no team's cases");
        }
        if (user.worksIn(team)) {
            return Optional.empty();
        }
        return Optional.of(subject + " is another team's: " + user.username() + " ("
                + user.role().name().toLowerCase() + ", team " + user.team() + ") may read and record team "
                + user.team() + "'s cases only");
    }

    /** Auditors: a list that names no team shows them every team's cases. */
    static boolean readsEveryTeam(Member user) {
        return user.role() == Role.AUDITOR;
    }
}
