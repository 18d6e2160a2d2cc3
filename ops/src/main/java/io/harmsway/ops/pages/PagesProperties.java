package io.harmsway.ops.pages;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the pages. {@code apiDocumentation}: where the header's link to the API's
 * documentation points. The session's length is Spring's own {@code server.servlet.session.timeout}.
 */
@ConfigurationProperties("harmsway.pages")
public record PagesProperties(@DefaultValue("/swagger-ui.html") String apiDocumentation) {
}
