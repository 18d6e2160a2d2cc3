package io.harmsway.ops.access;

import io.harmsway.ops.security.Role;
import io.harmsway.ops.security.UserDirectory;
import io.harmsway.ops.web.validation.RefusedInput;
import io.harmsway.ops.web.validation.TextRules;
import io.harmsway.ops.security.UserDirectory.Member;
import io.harmsway.sla.api.ClockActionRefused;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.security.core.Authentication;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The {@link AccessRule} applied to what a request names: a case, a clock (through its case), a
 * team, or a list of cases. An unknown case or clock is 404 for everyone; a known one of another
 * team is 403 ({@link AccessRefused}), before anything is read or recorded.
 */
public class CaseAccess {

    /** The request header that states why a case is read: required to read another team's (to break the glass). */
    public static final String REASON_HEADER = "X-Access-Reason";

    private static final int LONGEST_REASON = 500;

    private final UserDirectory users;
    private final CaseTeams teams;
    private final ClockCases clockCases;
    private final Set<Role> breakGlassRoles;

    public CaseAccess(UserDirectory users, CaseTeams teams, ClockCases clockCases, Set<Role> breakGlassRoles) {
        this.users = users;
        this.teams = teams;
        this.clockCases = clockCases;
        this.breakGlassRoles = Set.copyOf(breakGlassRoles);
    }

    /**
     * A read of a case: allowed as the rule allows it, or, for a role named in
     * {@code harmsway.access.break-glass-roles}, another team's case with a stated reason (the glass
     * broken). Without a reason, or for another role, 403 saying so; a reason that cannot be
     * stored is 400. The grant says which it was, for the access log.
     */
    public CaseReadGrant readCase(Authentication user, String caseId, String reason) {
        String team = teams.teamOf(caseId).orElseThrow(() -> new AggregateNotFoundException(caseId, "no case " + caseId));
        Member member = member(user);
        String stated = stated(reason);
        Optional<String> refusal = AccessRule.refusal(member, team, Intent.READ, "the case");
        if (refusal.isEmpty()) {
            return new CaseReadGrant(member, caseId, team, stated, false);
        }
        if (member.team() == null || !breakGlassRoles.contains(member.role())) {
            String role = member.role().name().toLowerCase();
            throw new AccessRefused("caseId", refusal.get() + "; " + (role.matches("[aeiou].*") ? "an " : "a ") + role
                    + " may not read another team's case even with a reason (roles that may: "
                    + breakGlassRoles.stream().map(named -> named.name().toLowerCase()).sorted().toList() + ")");
        }
        if (stated == null) {
            throw new AccessRefused(REASON_HEADER, refusal.get() + ": to read it, state why in the " + REASON_HEADER
                    + " header; the read is logged with the reason and the auditors are told");
        }
        return new CaseReadGrant(member, caseId, team, stated, true);
    }

    private static String stated(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String trimmed = reason.trim();
        TextRules.problemWith(trimmed, TextRules.Lines.ONE).ifPresent(problem -> {
            throw new RefusedInput(REASON_HEADER, problem);
        });
        if (trimmed.codePointCount(0, trimmed.length()) > LONGEST_REASON) {
            throw new RefusedInput(REASON_HEADER, "is longer than " + LONGEST_REASON + " characters");
        }
        return trimmed;
    }

    public void requireCase(Authentication user, String caseId, Intent intent) {
        String team = teams.teamOf(caseId).orElseThrow(() -> new AggregateNotFoundException(caseId, "no case " + caseId));
        require(user, team, intent, "caseId", "the case");
    }

    public void requireClock(Authentication user, String clockId, Intent intent) {
        String caseId = clockCases.caseOf(clockId).orElseThrow(() -> ClockActionRefused.unknown(clockId));
        String team = teams.teamOf(caseId).orElseThrow(() -> ClockActionRefused.unknown(clockId));
        require(user, team, intent, "clockId", "the clock's case");
    }

    /** A team's own lists (its inbox, its cases). */
    public void requireTeam(Authentication user, String team, Intent intent) {
        require(user, team, intent, "team", "team '" + team + "'");
    }

    /**
     * Which team's cases a case list shows: the team asked for, if the user may read it; when none
     * is asked for, the user's own, or every team's (null) for an auditor.
     */
    public String listedTeam(Authentication user, String requested) {
        if (requested != null) {
            requireTeam(user, requested, Intent.READ);
            return requested;
        }
        Member member = member(user);
        if (AccessRule.readsEveryTeam(member)) {
            return null;
        }
        requireTeam(user, member.team(), Intent.READ);
        return member.team();
    }

    /**
     * The items of a read model's answer whose case the user may read now. A read model follows a
     * transfer a moment late; this does not, so a case just transferred away leaves the old team's
     * lists at once.
     */
    public <T> List<T> readable(Authentication user, List<T> items, Function<T, String> caseIdOf) {
        Member member = member(user);
        Map<String, String> current = teams.teamsOf(items.stream().map(caseIdOf).toList());
        return items.stream()
                .filter(item -> AccessRule.refusal(member, current.get(caseIdOf.apply(item)), Intent.READ, "the case")
                        .isEmpty())
                .toList();
    }

    private void require(Authentication user, String team, Intent intent, String field, String subject) {
        AccessRule.refusal(member(user), team, intent, subject).ifPresent(why -> {
            throw new AccessRefused(field, why);
        });
    }

    private Member member(Authentication user) {
        if (user == null) {
            throw new AccessRefused("user", "nobody is signed in");
        }
        return users.member(user.getName())
                .orElseThrow(() -> new AccessRefused("user", user.getName() + " is not in the user directory"));
    }
}
