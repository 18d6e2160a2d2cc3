package io.harmsway.ops.security;

import io.harmsway.ops.users.UserAccount;
import io.harmsway.ops.users.UserAccounts;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

import java.util.List;
import java.util.Optional;

/**
 * Who the users are: each one's role and team, and which teams there are, read from the user table
 * on every call. Each call is one indexed query, about as dear as the token lookup every request
 * makes already, and a cache would serve a role an administrator has just taken away.
 */
public class UserDirectory {

    private final UserAccounts accounts;

    public UserDirectory(UserAccounts accounts) {
        this.accounts = accounts;
    }

    public String teamOf(Authentication authentication) {
        return member(authentication.getName()).map(Member::team)
                .orElseThrow(() -> new AccessDeniedException(authentication.getName() + " belongs to no team"));
    }

    /** The enabled user of that name with their role and team; empty for a name nobody (enabled) has. */
    public Optional<Member> member(String username) {
        return accounts.find(username).filter(UserAccount::enabled)
                .map(user -> new Member(user.username(), user.role(), user.team()));
    }

    /** A team exists when someone works in it. */
    public boolean teamExists(String team) {
        return accounts.teamExists(team);
    }

    /** The enabled supervisors of a team, by name in alphabetical order: who must act on its alerts. */
    public List<String> supervisorsOf(String team) {
        return accounts.enabledWithRole(team, Role.SUPERVISOR);
    }

    /**
     * The enabled users of a team who hold a position as a rule names it ("detective inspector"),
     * compared without case and with spaces normalised, in alphabetical order.
     */
    public List<String> holdersOf(String team, String position) {
        return accounts.holdersOf(team, position);
    }

    /** The teams in alphabetical order, for messages that list them. */
    public List<String> teams() {
        return accounts.teams();
    }

    /** A user as the access rules see them: auditors have no team. */
    public record Member(String username, Role role, String team) {

        public boolean worksIn(String team) {
            return this.team != null && this.team.equals(team);
        }
    }
}
