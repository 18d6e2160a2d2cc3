package io.harmsway.ops.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import java.util.List;

@Configuration
@EnableConfigurationProperties(UserProperties.class)
public class SecurityConfiguration {

    private static final String INVESTIGATOR = Role.INVESTIGATOR.name();
    private static final String SUPERVISOR = Role.SUPERVISOR.name();
    private static final String AUDITOR = Role.AUDITOR.name();

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
                                "/actuator/health", "/error").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/sla/clocks/*/acknowledgement").hasRole(SUPERVISOR)
                        .requestMatchers(HttpMethod.POST, "/api/sla/clocks/*/pause", "/api/sla/clocks/*/resume")
                        .hasAnyRole(INVESTIGATOR, SUPERVISOR)
                        .requestMatchers(HttpMethod.POST, "/api/sla/backtest").hasAnyRole(SUPERVISOR, AUDITOR)
                        .requestMatchers(HttpMethod.POST, "/api/cases/**").hasAnyRole(INVESTIGATOR, SUPERVISOR)
                        .requestMatchers("/api/teams/**").hasAnyRole(SUPERVISOR, AUDITOR)
                        .requestMatchers("/api/my/**").hasAnyRole(INVESTIGATOR, SUPERVISOR)
                        .requestMatchers("/api/ops/**").hasRole(Role.OPERATOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(INVESTIGATOR, SUPERVISOR, AUDITOR)
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                // A stateless API for programs: basic authentication on every request, no cookies, so no CSRF.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
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
