package io.harmsway.ops.caserecord;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action the API takes is in the OpenAPI document the application serves, with a summary
 * and a request body, and every action on a case has an example request in
 * {@code docs/api-requests.http}.
 */
class OpenApiIntegrationTest extends IntegrationTestBase {

    private static final Path REQUESTS_FILE = Path.of("..", "docs", "api-requests.http");
    /** Actions that take nothing but the request itself: a checkpoint signs the store as it stands. */
    private static final List<String> BODILESS = List.of("/api/audit/checkpoints", "/api/ops/read-models/{group}/rebuild");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyActionIsInTheOpenApiDocumentWithAnExample() {
        JsonNode paths = Api.anonymous(http).get("/v3/api-docs").getBody().get("paths");

        List<String> actions = postPaths();

        assertThat(actions).hasSizeGreaterThanOrEqualTo(30);
        for (String action : actions) {
            JsonNode post = paths.path(action).path("post");
            assertThat(post.isMissingNode()).as("POST " + action + " in /v3/api-docs").isFalse();
            if (!BODILESS.contains(action)) {
                assertThat(post.path("requestBody").isMissingNode()).as("request body of POST " + action).isFalse();
            }
            assertThat(post.path("summary").asText()).as("summary of POST " + action).isNotBlank();
        }
    }

    @Test
    void everyCaseActionHasAnExampleRequest() throws IOException {
        String requests = Files.readString(REQUESTS_FILE);

        for (String action : postPaths().stream().filter(path -> path.startsWith("/api/cases")).toList()) {
            Pattern example = Pattern.compile("(?m)^POST \\{\\{host}}" + action.replaceAll("\\{[^}]+}", "[^/\\\\s]+")
                    + "\\s*$");
            assertThat(example.matcher(requests).find()).as("an example of POST " + action + " in " + REQUESTS_FILE)
                    .isTrue();
        }
    }

    private List<String> postPaths() {
        return mappings.getHandlerMethods().keySet().stream()
                .filter(info -> info.getMethodsCondition().getMethods().contains(RequestMethod.POST))
                .flatMap(info -> info.getPatternValues().stream())
                .filter(path -> path.startsWith("/api/"))
                .sorted().toList();
    }
}
