package io.harmsway.ops.users;

import io.harmsway.ops.security.Role;

import java.util.List;

/** A user as the administrator sees them: never the password or its hash. */
public record UserView(String username, Role role, String team, List<String> positions, boolean enabled,
                       boolean hasPassword) {

    static UserView of(UserAccount account) {
        return new UserView(account.username(), account.role(), account.team(), account.positions(), account.enabled(),
                account.passwordHash() != null && !account.passwordHash().isEmpty());
    }
}
