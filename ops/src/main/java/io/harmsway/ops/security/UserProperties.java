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

    public record User(String username, String password, Role role, String team) {
    }
}
