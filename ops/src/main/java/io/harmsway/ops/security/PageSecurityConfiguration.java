package io.harmsway.ops.security;

import io.harmsway.ops.signin.PasswordSignIn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;


/**
 * The pages people use in a browser: a sign-in form, a session cookie, CSRF protection on every
 * form, sign-out, and the security headers. Ordered between the API's chain (bearer tokens only)
 * and the last chain (the API's documentation): it takes every path that is neither. The role rules
 * are the API's, path for path; the team rule is the same interceptor's (see
 * {@code io.harmsway.ops.access}), so a page shows and records exactly what its API call would.
 */
@Configuration
public class PageSecurityConfiguration {

    /** Where the sign-in form is, and where it is posted. */
    public static final String SIGN_IN = "/sign-in";
    public static final String SIGN_OUT = "/sign-out";

    /**
     * Scripts, styles, fonts and images come from this application only; no inline script or style
     * (so an injected one does not run), no framing (clickjacking), forms post only here.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    private static final String INVESTIGATOR = Role.INVESTIGATOR.name();
    private static final String SUPERVISOR = Role.SUPERVISOR.name();
    private static final String AUDITOR = Role.AUDITOR.name();

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, PasswordSignIn passwords, AccessLog log) throws Exception {
        return http.securityMatcher(new NegatedRequestMatcher(notPages()))
                .authenticationManager(new ProviderManager(new FormSignIn(passwords)))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(SIGN_IN, "/refused", "/webjars/**", "/assets/**", "/app/**", "/favicon.ico")
                        .permitAll()
                        // The acknowledgement's form as well as its post: only supervisors acknowledge.
                        .requestMatchers("/clocks/*/acknowledgement").hasRole(SUPERVISOR)
                        .requestMatchers(HttpMethod.POST, "/clocks/*/pause", "/clocks/*/resume")
                        .hasAnyRole(INVESTIGATOR, SUPERVISOR)
                        .requestMatchers(HttpMethod.POST, "/cases/**").hasAnyRole(INVESTIGATOR, SUPERVISOR)
                        .requestMatchers("/teams/**").hasAnyRole(SUPERVISOR, AUDITOR)
                        .requestMatchers("/audit/**").hasRole(AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/cases/**").hasAnyRole(INVESTIGATOR, SUPERVISOR, AUDITOR)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(SIGN_IN).loginProcessingUrl(SIGN_IN)
                        .failureHandler(new SignInFailurePage()))
                .logout(logout -> logout.logoutUrl(SIGN_OUT).logoutSuccessUrl(SIGN_IN + "?signed-out")
                        .deleteCookies("JSESSIONID"))
                .exceptionHandling(refusals -> refusals.authenticationEntryPoint(new SignInFirst(SIGN_IN))
                        .accessDeniedPage("/refused"))
                .addFilterBefore(new RefusalLog(log), ExceptionTranslationFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frames -> frames.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .crossOriginOpenerPolicy(opener -> opener.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions
                                .policy("camera=(), microphone=(), geolocation=(), payment=()")))
                .build();
    }

    /** What the other chains own: the API and its documentation, and the error answer. */
    private static RequestMatcher notPages() {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(paths.matcher("/api/**"), paths.matcher("/actuator/**"),
                paths.matcher("/v3/api-docs/**"), paths.matcher("/swagger-ui/**"), paths.matcher("/swagger-ui.html"),
                paths.matcher("/error"));
    }
}
