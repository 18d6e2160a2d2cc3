package io.harmsway.ops.users;

import io.harmsway.ops.security.UserProperties;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;

/**
 * The users of {@code harmsway.users} (the demo's and the tests') are a seed: at start-up each one
 * the table does not have yet is inserted, its password hashed (a {@code {noop}} or unprefixed
 * password is hashed with the default encoder; an encoded one, {@code {bcrypt}...}, is kept as
 * given). A user the table has already is left as it is: from then on the administrator manages it.
 */
public class UserSeed implements InitializingBean {

    private static final String PLAIN = "{noop}";
    static final String SEEDER = "harmsway.users";

    private final UserProperties seeds;
    private final UserAccounts accounts;
    private final UserChanges changes;
    private final PasswordEncoder encoder;
    private final Clock clock;

    public UserSeed(UserProperties seeds, UserAccounts accounts, UserChanges changes, PasswordEncoder encoder,
                    Clock clock) {
        this.seeds = seeds;
        this.accounts = accounts;
        this.changes = changes;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        for (UserProperties.User seed : seeds.users()) {
            if (accounts.find(seed.username()).isPresent()) {
                continue; // found before hashing: a hash costs tens of milliseconds, and most starts seed nothing
            }
            UserAccount user = new UserAccount(seed.username(), hashed(seed.password()), seed.role(), seed.team(),
                    Positions.normalised(seed.positions()), true);
            if (accounts.insertIfAbsent(user, clock.instant())) {
                changes.record(SEEDER, user.username(), "seeded: " + user.description());
            }
        }
    }

    private String hashed(String password) {
        if (password == null) {
            return null;
        }
        if (password.startsWith(PLAIN)) {
            return encoder.encode(password.substring(PLAIN.length()));
        }
        return password.startsWith("{") ? password : encoder.encode(password);
    }
}
