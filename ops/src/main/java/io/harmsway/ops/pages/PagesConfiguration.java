package io.harmsway.ops.pages;

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
}
