package io.harmsway.ops.users;

import io.harmsway.ops.security.Role;

import java.util.List;

/**
 * A user as the table {@code app_user} keeps them.
 *
 * @param passwordHash Spring Security's encoded form ({@code {bcrypt}...}); null for a user who signs in
 *                     only through the identity provider
 * @param team         null for auditors, operators and administrators
 * @param positions    the addressees the rules name that this user is ("detective inspector"), normalised
 */
public record UserAccount(String username, String passwordHash, Role role, String team, List<String> positions,
                          boolean enabled) {

    public UserAccount {
        positions = List.copyOf(positions);
    }

    public UserAccount withPasswordHash(String hash) {
        return new UserAccount(username, hash, role, team, positions, enabled);
    }

    /** Never the hash: a record's default text would put it into whatever logs the object. */
    @Override
    public String toString() {
        return "UserAccount[" + description() + "]";
    }

    /** The user's standing in words, for the change log: never the password. */
    public String description() {
        return "username=" + username + " role=" + role + " team=" + (team == null ? "-" : team)
                + " positions=" + positions + " enabled=" + enabled;
    }
}
