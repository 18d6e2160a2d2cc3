package io.harmsway.ops.security;

import io.harmsway.ops.users.DatabaseUsers;
import io.harmsway.ops.users.IdentityProviderUsers;
import io.harmsway.ops.users.UserAccounts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

import java.time.Clock;

/**
 * Who may do what. Programs sign in once ({@code POST /api/tokens}) and then send a bearer token;
 * no request pays for a password hash but the sign-in itself. Each filter chain covers its own
 * paths: the API here (order 1), the pages with their sign-in form and session in
 * {@link PageSecurityConfiguration} (order 2), and the API's documentation last.
 */
@Configuration
@EnableConfigurationProperties(UserProperties.class)
public class SecurityConfiguration {

    private static final String INVESTIGATOR = Role.INVESTIGATOR.name();
    private static final String SUPERVISOR = Role.SUPERVISOR.name();
    private static final String AUDITOR = Role.AUDITOR.name();

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, RefusalAnswers answers, AccessLog log, BearerTokens tokens)
            throws Exception {
        return bearerTokens(http.securityMatcher("/api/**", "/actuator/**"), answers, log, tokens)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health").permitAll()
                        .requestMatchers("/actuator/prometheus").hasRole(Role.OPERATOR.name())
                        .requestMatchers("/api/admin/**").hasRole(Role.ADMINISTRATOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/tokens").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/sla/clocks/*/acknowledgement").hasRole(SUPERVISOR)
                        .requestMatchers(HttpMethod.POST, "/api/sla/clocks/*/pause", "/api/sla/clocks/*/resume")
                        .hasAnyRole(INVESTIGATOR, SUPERVISOR)
                        .requestMatchers(HttpMethod.POST, "/api/sla/backtest").hasAnyRole(SUPERVISOR, AUDITOR)
                        .requestMatchers(HttpMethod.POST, "/api/cases/*/gradings", "/api/cases/*/gradings/").hasRole(AUDITOR)
                        .requestMatchers(HttpMethod.POST, "/api/cases/**").hasAnyRole(INVESTIGATOR, SUPERVISOR)
                        .requestMatchers("/api/inspection/**").hasAnyRole(SUPERVISOR, AUDITOR)
                        // The integrity of the record: auditors, and operators who run the checks.
                        .requestMatchers("/api/audit/checkpoints", "/api/audit/checkpoints/**", "/api/audit/public-key",
                                "/api/audit/verify", "/api/audit/consistency").hasAnyRole(AUDITOR, Role.OPERATOR.name())
                        .requestMatchers("/api/teams/**").hasAnyRole(SUPERVISOR, AUDITOR)
                        .requestMatchers("/api/my/**").hasAnyRole(INVESTIGATOR, SUPERVISOR)
                        .requestMatchers("/api/ops/**").hasRole(Role.OPERATOR.name())
                        .requestMatchers("/api/audit/**").hasRole(AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(INVESTIGATOR, SUPERVISOR, AUDITOR)
                        .anyRequest().authenticated())
                .build();
    }

    /** Everything the other chains leave: the API's documentation and the error page are open. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain everythingElse(HttpSecurity http, RefusalAnswers answers, AccessLog log, BearerTokens tokens)
            throws Exception {
        return bearerTokens(http, answers, log, tokens)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll()
                        .anyRequest().authenticated())
                .build();
    }

    /**
     * Bearer tokens: the application's own (looked up in the token store) or, where an identity
     * provider is configured, its signed JWTs ({@link BearerTokens} tells them apart); stateless, so
     * no session and no cookie, and so no CSRF. Every 401 and 403 is a problem body, and every 403
     * is logged.
     */
    private static HttpSecurity bearerTokens(HttpSecurity http, RefusalAnswers answers, AccessLog log,
                                             BearerTokens tokens) throws Exception {
        return http
                .oauth2ResourceServer(bearer -> bearer.authenticationManagerResolver(tokens)
                        .authenticationEntryPoint(answers).accessDeniedHandler(answers))
                .exceptionHandling(refusals -> refusals.authenticationEntryPoint(answers).accessDeniedHandler(answers))
                .addFilterBefore(new RefusalLog(log), ExceptionTranslationFilter.class)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    }

    @Bean
    RefusalAnswers refusalAnswers(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        return new RefusalAnswers(problems);
    }

    @Bean
    AccessLog accessLog(Clock clock) {
        return new AccessLog(clock);
    }

    /** The users in the table, for the password sign-in and the token check (seeded from {@code harmsway.users}). */
    @Bean
    DatabaseUsers users(UserAccounts accounts, Clock clock) {
        return new DatabaseUsers(accounts, clock);
    }

    @Bean
    UserDirectory userDirectory(UserAccounts accounts) {
        return new UserDirectory(accounts);
    }

    /**
     * A force's identity provider, when one is configured ({@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri}
     * or {@code .issuer-uri}): its JWTs as Spring Boot would decode them, but with their expiry judged by the
     * application's clock (see {@link IdentityProviderDecoder}). Spring Boot's own decoder then stands aside.
     */
    @Bean
    @ConditionalOnExpression("'${spring.security.oauth2.resourceserver.jwt.jwk-set-uri:}' != ''"
            + " or '${spring.security.oauth2.resourceserver.jwt.issuer-uri:}' != ''")
    JwtDecoder identityProviderDecoder(OAuth2ResourceServerProperties settings, Clock clock) {
        return IdentityProviderDecoder.of(settings.getJwt(), clock);
    }

    /**
     * The application's own tokens always; a force's identity provider's JWTs when one is configured
     * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or {@code .jwk-set-uri}).
     */
    @Bean
    BearerTokens bearerTokens(OpaqueTokenIntrospector introspector, ObjectProvider<JwtDecoder> identityProvider,
                              IdentityProviderUsers users) {
        return new BearerTokens(introspector, identityProvider.getIfAvailable(), users);
    }
}
