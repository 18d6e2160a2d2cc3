package io.harmsway.ops.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Users to seed the user table with (the demo's and the tests'): each one the table does not have
 * is inserted at start-up. Passwords in Spring's encoded form ({@code {bcrypt}...}), or
 * {@code {noop}...} (hashed as they are seeded).
 */
@ConfigurationProperties("harmsway")
public record UserProperties(List<User> users) {

    public UserProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /**
     * One user; {@code positions} are the posts they hold in their team as the rules' escalation
     * steps name them ({@code detective inspector}, {@code detective chief inspector}), none if omitted.
     */
    public record User(String username, String password, Role role, String team, List<String> positions) {

        public User {
            positions = positions == null ? List.of() : List.copyOf(positions);
        }
    }
}
