package io.harmsway.ops.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Who the users are: each one's role and team, and which teams there are. */
public class UserDirectory {

    private final Map<String, UserProperties.User> users;
    private final Set<String> teams;

    public UserDirectory(UserProperties properties) {
        this.users = properties.users().stream()
                .collect(Collectors.toMap(UserProperties.User::username, Function.identity()));
        this.teams = properties.users().stream().map(UserProperties.User::team).filter(team -> team != null)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public String teamOf(Authentication authentication) {
        return member(authentication.getName()).map(Member::team)
                .orElseThrow(() -> new AccessDeniedException(authentication.getName() + " belongs to no team"));
    }

    /** The user of that name with their role and team; empty for a name nobody has. */
    public Optional<Member> member(String username) {
        return Optional.ofNullable(users.get(username))
                .map(user -> new Member(user.username(), user.role(), user.team()));
    }

    /** A team exists when someone works in it. */
    public boolean teamExists(String team) {
        return teams.contains(team);
    }

    /** The supervisors of a team, by name in alphabetical order: who must act on its alerts. */
    public List<String> supervisorsOf(String team) {
        return users.values().stream()
                .filter(user -> user.role() == Role.SUPERVISOR && team.equals(user.team()))
                .map(UserProperties.User::username).sorted().toList();
    }

    /**
     * The users of a team who hold a position, by name in alphabetical order: who an escalation step
     * ("escalate to the detective inspector") reaches. Positions compare as the rules write them,
     * whatever their case and spacing.
     */
    public List<String> holdersOf(String team, String position) {
        String wanted = normalised(position);
        return users.values().stream()
                .filter(user -> team != null && team.equals(user.team()))
                .filter(user -> user.positions().stream().map(UserDirectory::normalised).anyMatch(wanted::equals))
                .map(UserProperties.User::username).sorted().toList();
    }

    private static String normalised(String position) {
        return position == null ? "" : position.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /** The teams in alphabetical order, for messages that list them. */
    public List<String> teams() {
        return List.copyOf(teams);
    }

    /** A user as the access rules see them: auditors have no team. */
    public record Member(String username, Role role, String team) {

        public boolean worksIn(String team) {
            return this.team != null && this.team.equals(team);
        }
    }
}
