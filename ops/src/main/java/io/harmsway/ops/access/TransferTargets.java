package io.harmsway.ops.access;

import io.harmsway.cases.api.CaseRuleViolation;
import io.harmsway.ops.security.UserDirectory;
import io.harmsway.ops.security.UserDirectory.Member;

/**
 * A case moves only to a team that exists and to an officer of that team: otherwise its alerts
 * would sit in an inbox no supervisor reads, and nobody could record on it. A refusal (422)
 * names the field, before the transfer is sent, so nothing is appended.
 */
public class TransferTargets {

    private final UserDirectory users;

    public TransferTargets(UserDirectory users) {
        this.users = users;
    }

    public void check(String toTeam, String toOfficer) {
        if (!users.teamExists(toTeam)) {
            throw new CaseRuleViolation("toTeam", "no team '" + toTeam + "' exists (the teams are "
                    + String.join(", ", users.teams()) + ")");
        }
        Member officer = users.member(toOfficer)
                .orElseThrow(() -> new CaseRuleViolation("toOfficer", "no officer '" + toOfficer + "' exists"));
        if (!officer.worksIn(toTeam)) {
            throw new CaseRuleViolation("toOfficer", "'" + toOfficer + "' is not an officer of team " + toTeam
                    + (officer.team() == null ? "" : " (works in team " + officer.team() + ")"));
        }
    }
}
