package io.harmsway.ops.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * The configured users. Passwords use Spring's encoded form ({@code {bcrypt}...}, or
 * {@code {noop}...} for demo users only).
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
