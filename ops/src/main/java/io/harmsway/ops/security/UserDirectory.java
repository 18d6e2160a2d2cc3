package io.harmsway.ops.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The team each user works in. */
public class UserDirectory {

    private final Map<String, UserProperties.User> users;

    public UserDirectory(UserProperties properties) {
        this.users = properties.users().stream()
                .collect(Collectors.toMap(UserProperties.User::username, Function.identity()));
    }

    public String teamOf(Authentication authentication) {
        UserProperties.User user = users.get(authentication.getName());
        if (user == null || user.team() == null) {
            throw new AccessDeniedException(authentication.getName() + " belongs to no team");
        }
        return user.team();
    }

    /** Supervisors see their own team's alerts; auditors see every team's. */
    public boolean maySeeTeam(Authentication authentication, String team) {
        UserProperties.User user = users.get(authentication.getName());
        return user != null && (user.role() == Role.AUDITOR || team.equals(user.team()));
    }
}
