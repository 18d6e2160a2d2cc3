package io.harmsway.ops.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.harmsway.ops.web.json.StrictJson;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * The web's JSON mapper, built by Spring Boot's builder (problem-detail support, spring.jackson.*
 * settings) and made strict ({@link StrictJson}). Declared because Axon's own mapper is also an
 * ObjectMapper bean, which would otherwise make Boot's back off and serve the web; Axon's, which
 * writes and reads the stored events, is left as it is.
 */
@Configuration
public class WebJsonConfiguration {

    @Bean
    @Primary
    ObjectMapper webObjectMapper(Jackson2ObjectMapperBuilder builder) {
        return StrictJson.configure(builder).build();
    }
}
