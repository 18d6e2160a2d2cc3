package io.harmsway.ops.users;

import io.harmsway.ops.security.UserProperties;
import io.harmsway.ops.signin.ApiTokens;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.Map;

/** Users in PostgreSQL: the table, its trail, the seed, the password encoder and the administrator's API. */
@Configuration
@EnableConfigurationProperties(IdentityProviderClaims.class)
public class UsersConfiguration {

    /**
     * Spring Security's delegating encoder: every hash is stored with its algorithm named
     * ({@code {bcrypt}...}), so a stronger default later re-encodes each password as it is next
     * checked. {@code {none}} marks a user with no password here (one from the identity provider).
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("bcrypt", Map.of(
                "bcrypt", new BCryptPasswordEncoder(),
                "none", new NoPasswordMatches()));
    }

    @Bean
    UserAccounts userAccounts(JdbcTemplate jdbc) {
        return new UserAccounts(jdbc);
    }

    @Bean
    UserChanges userChanges(JdbcTemplate jdbc, Clock clock) {
        return new UserChanges(jdbc, clock);
    }

    @Bean
    UserSeed userSeed(UserProperties seeds, UserAccounts accounts, UserChanges changes, PasswordEncoder encoder,
                      Clock clock) {
        return new UserSeed(seeds, accounts, changes, encoder, clock);
    }

    @Bean
    UserAdministration userAdministration(UserAccounts accounts, UserChanges changes, ApiTokens tokens,
                                          PasswordEncoder encoder, PlatformTransactionManager transactions, Clock clock) {
        return new UserAdministration(accounts, changes, tokens, encoder, new TransactionTemplate(transactions), clock);
    }

    /** Users named by the identity provider's tokens, when one is configured (see SecurityConfiguration). */
    @Bean
    IdentityProviderUsers identityProviderUsers(IdentityProviderClaims claims, UserAccounts accounts, UserChanges changes,
                                                PlatformTransactionManager transactions, Clock clock) {
        return new IdentityProviderUsers(claims, accounts, changes, new TransactionTemplate(transactions), clock);
    }
}
