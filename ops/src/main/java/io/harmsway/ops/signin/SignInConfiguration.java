package io.harmsway.ops.signin;

import io.harmsway.ops.security.AccessLog;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;

/**
 * Wires signing in: the token store, the throttle and the password check. The OpenAPI document
 * says that every operation wants a bearer token (but the sign-in itself), so its UI can send one.
 */
@Configuration
@SecurityScheme(name = SignInConfiguration.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "a token from POST /api/tokens")
@OpenAPIDefinition(security = @SecurityRequirement(name = SignInConfiguration.BEARER))
@EnableConfigurationProperties(SignInProperties.class)
public class SignInConfiguration {

    static final String BEARER = "bearer";

    @Bean
    ApiTokens apiTokens(JdbcTemplate jdbc, Clock clock, SignInProperties properties) {
        return new ApiTokens(jdbc, clock, properties.tokenLifetime());
    }

    /** Found by Spring Security's bearer-token filter: every API request's token is looked up here. */
    @Bean
    StoredTokenIntrospector storedTokenIntrospector(ApiTokens tokens, UserDetailsService users) {
        return new StoredTokenIntrospector(tokens, users);
    }

    @Bean
    SignInThrottle signInThrottle(SignInProperties properties, Clock clock) {
        return new SignInThrottle(properties.throttle(), clock);
    }

    /**
     * Passwords are checked by Spring Security's usual provider with the application's delegating
     * encoder (BCrypt by default), which re-encodes a weaker hash as it checks it. The
     * provider is not a bean of its own: no filter chain checks passwords, only {@link PasswordSignIn}.
     */
    @Bean
    PasswordSignIn passwordSignIn(UserDetailsService users, ObjectProvider<UserDetailsPasswordService> reencoding,
                                  PasswordEncoder encoder, SignInThrottle throttle, AccessLog log,
                                  MeterRegistry registry) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        reencoding.ifAvailable(passwords::setUserDetailsPasswordService);
        return new PasswordSignIn(passwords, throttle, log, registry);
    }
}
