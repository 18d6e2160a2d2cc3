package io.harmsway.ops.access;

import io.harmsway.ops.security.UserDirectory;
import io.harmsway.sla.api.CaseOfClock;
import io.harmsway.sla.api.CaseOfClockQuery;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;

/**
 * Team access: the case-team table and its writer, the rule, the one point every request passes (API and pages),
 * and the log of every read of a case.
 */
@Configuration
@EnableConfigurationProperties(AccessProperties.class)
public class AccessConfiguration {

    @Bean
    CaseTeams caseTeams(JdbcTemplate jdbc) {
        return new CaseTeams(jdbc);
    }

    @Bean
    CaseAccess caseAccess(UserDirectory users, CaseTeams caseTeams, QueryGateway queries, AccessProperties properties) {
        ClockCases clockCases = clockId -> queries.query(new CaseOfClockQuery(clockId), CaseOfClock.class).join().known();
        return new CaseAccess(users, caseTeams, clockCases, properties.breakGlassRoles());
    }

    /** Used by {@link CaseReadLog}, a controller advice Spring finds on its own. */
    @Bean
    CaseReads caseReads(EventBus eventBus, Clock clock) {
        return new CaseReads(eventBus, clock);
    }

    @Bean
    WebMvcConfigurer accessCheckedFirst(CaseAccess caseAccess, CaseReadLog caseReadLog) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                // The API and the pages alike: a page naming a case, clock or team is checked and its
                // reads logged as the API's are. Left out: the pages' static files, and the error
                // answer, dispatched within a failed request whose read is still pending (it must
                // not try to log the read again while answering that the log failed).
                registry.addInterceptor(new AccessInterceptor(caseAccess, caseReadLog)).addPathPatterns("/**")
                        .excludePathPatterns("/webjars/**", "/assets/**", "/app/**", "/error");
            }
        };
    }

    @Bean
    TransferTargets transferTargets(UserDirectory users) {
        return new TransferTargets(users);
    }

    @Bean
    CaseTeamRecorder caseTeamRecorder(CaseTeams caseTeams) {
        return new CaseTeamRecorder(caseTeams);
    }

    /**
     * Set in code rather than in application.yml, because the rule's consistency rests on it: a
     * streaming processor would let a transferred case's old team pass until it caught up.
     */
    @Bean
    ConfigurerModule caseTeamsKeptInTheCommandsTransaction() {
        return configurer -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(CaseTeamRecorder.GROUP);
    }

    /** Picked up by Spring Boot's Flyway set-up with the SQL migrations. */
    @Bean
    static JavaMigration caseTeamsFromHistory() {
        return new CaseTeamsFromHistory();
    }
}
