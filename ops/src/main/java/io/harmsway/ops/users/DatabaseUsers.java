package io.harmsway.ops.users;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import java.time.Clock;

/**
 * Spring Security's view of the users in the table: the password sign-in and the token check both
 * read them here, so a disabled user can neither sign in nor use a token they already hold. A user
 * without a password (one from the identity provider) gets one that no password matches.
 */
public class DatabaseUsers implements UserDetailsService, UserDetailsPasswordService {

    /** Matched by {@link NoPasswordMatches}: no password typed in can match it. */
    static final String NO_PASSWORD = "{none}";

    private final UserAccounts accounts;
    private final Clock clock;

    public DatabaseUsers(UserAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.find(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return User.withUsername(account.username())
                .password(account.passwordHash() == null ? NO_PASSWORD : account.passwordHash())
                .roles(account.role().name())
                .disabled(!account.enabled())
                .build();
    }

    /** Spring re-encodes a password whose hash is weaker than the encoder's default, as it checks it. */
    @Override
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        accounts.setPasswordHash(user.getUsername(), newPassword, clock.instant());
        return User.withUserDetails(user).password(newPassword).build();
    }
}
