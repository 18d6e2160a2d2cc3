package io.harmsway.ops.security;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

import java.time.Clock;
import java.util.List;

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
    SecurityFilterChain api(HttpSecurity http, RefusalAnswers answers, AccessLog log) throws Exception {
        return bearerTokens(http.securityMatcher("/api/**", "/actuator/**"), answers, log)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health").permitAll()
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
    SecurityFilterChain everythingElse(HttpSecurity http, RefusalAnswers answers, AccessLog log) throws Exception {
        return bearerTokens(http, answers, log)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll()
                        .anyRequest().authenticated())
                .build();
    }

    /**
     * Bearer tokens looked up by the application's {@code OpaqueTokenIntrospector} (the token store);
     * stateless, so no session and no cookie, and so no CSRF. Every 401 and 403 is a problem body,
     * and every 403 is logged.
     */
    private static HttpSecurity bearerTokens(HttpSecurity http, RefusalAnswers answers, AccessLog log) throws Exception {
        return http
                .oauth2ResourceServer(bearer -> bearer.opaqueToken(Customizer.withDefaults())
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

    @Bean
    InMemoryUserDetailsManager users(UserProperties properties) {
        List<UserDetails> users = properties.users().stream()
                .map(user -> User.withUsername(user.username()).password(user.password())
                        .roles(user.role().name()).build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    UserDirectory userDirectory(UserProperties properties) {
        return new UserDirectory(properties);
    }
}
