package io.harmsway.ops.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.harmsway.ops.web.limits.RequestSizeLimit;
import io.harmsway.ops.web.validation.PlainRequestParts;
import io.harmsway.ops.web.validation.PlausibleTimes;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.yaml.MappingJackson2YamlHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;
import java.util.List;

/**
 * What guards the API's input before a handler runs: the request size limit (first of all
 * filters, so nothing reads an oversized body), the plausible span of times, the text rules for
 * path variables and query parameters, JSON as the only body format, and problem bodies for the
 * errors Tomcat answers itself.
 */
@Configuration
@EnableConfigurationProperties(WebInputSettings.class)
class WebInputConfiguration implements WebMvcConfigurer {

    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(WebInputSettings settings, ObjectMapper json) {
        ProblemWriter problems = new ProblemWriter(json);
        RequestSizeLimit limit = new RequestSizeLimit(settings.maxRequestBytes().toBytes(),
                (request, response, tooLarge) -> problems.write(response, ProblemHandler.tooLarge(tooLarge)));
        FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(limit);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    PlausibleTimes plausibleTimes(Clock clock, WebInputSettings settings) {
        return new PlausibleTimes(clock, settings.timeHorizon());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PlainRequestParts());
    }

    /**
     * Spring adds a YAML reader when the YAML library is present (the rule files need it); a
     * request body in YAML would bypass the strict JSON rules. The backtest's YAML is read as text.
     */
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.removeIf(MappingJackson2YamlHttpMessageConverter.class::isInstance);
    }

    @Bean
    ProblemReports problemReports(ObjectMapper json) {
        return new ProblemReports(new ProblemWriter(json));
    }
}
