package io.harmsway.ops.pages;

import io.harmsway.ops.access.CaseAccess;
import io.harmsway.ops.access.TransferTargets;
import io.harmsway.ops.pages.forms.ActionForms;
import io.harmsway.ops.pages.forms.ActionSubmission;
import io.harmsway.ops.pages.forms.FormBinding;
import jakarta.validation.Validator;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

import java.time.Clock;

/**
 * The pages' static files: the design systems from their WebJars at {@code /webjars/<name>/<file>}
 * (Spring finds the version), GOV.UK Frontend's fonts and images at {@code /assets/}, where its
 * style sheet looks for them, and the application's own few scripts at {@code /app/}.
 */
@Configuration
@EnableConfigurationProperties(PagesProperties.class)
public class PagesConfiguration implements WebMvcConfigurer {

    private static final String GOVUK_FRONTEND = "govuk-frontend";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String version = new WebJarVersionLocator().version(GOVUK_FRONTEND);
        if (version == null) {
            throw new IllegalStateException("the " + GOVUK_FRONTEND + " WebJar is not on the classpath");
        }
        registry.addResourceHandler("/assets/**").addResourceLocations(
                "classpath:/META-INF/resources/webjars/" + GOVUK_FRONTEND + "/" + version + "/dist/govuk/assets/");
    }

    @Bean
    LondonTime londonTime(Clock clock) {
        return new LondonTime(clock);
    }

    @Bean
    CaseReading caseReading(QueryGateway queries, CaseAccess access) {
        return new CaseReading(queries, access);
    }

    @Bean
    ActionForms actionForms(TransferTargets transferTargets) {
        return new ActionForms(transferTargets);
    }

    @Bean
    FormBinding formBinding(Validator validator, LondonTime time) {
        return new FormBinding(validator, time);
    }

    @Bean
    ActionSubmission actionSubmission(CommandGateway gateway) {
        return new ActionSubmission(gateway);
    }
}
