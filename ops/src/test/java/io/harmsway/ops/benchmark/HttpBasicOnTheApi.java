package io.harmsway.ops.benchmark;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The way in before bearer tokens, for comparison only: HTTP basic on every API request, its
 * password checked by the application's user directory on each one (BCrypt, after Spring's
 * upgrade of the {@code {noop}} demo passwords). Taken only by requests that carry basic
 * credentials; loaded by the sign-in benchmark alone (a test configuration is never scanned).
 */
@TestConfiguration(proxyBeanMethods = false)
class HttpBasicOnTheApi {

    @Bean
    @Order(0)
    SecurityFilterChain basicCredentialsOnEveryRequest(HttpSecurity http) throws Exception {
        return http.securityMatcher(HttpBasicOnTheApi::basicOnTheApi)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    private static boolean basicOnTheApi(HttpServletRequest request) {
        String credentials = request.getHeader(HttpHeaders.AUTHORIZATION);
        return request.getRequestURI().startsWith("/api/") && credentials != null && credentials.startsWith("Basic ");
    }
}
