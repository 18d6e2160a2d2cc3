package io.harmsway.ops.caserecord;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A read of a case that does not exist says so: 404 naming the case, not 200 with an empty list, and no stack trace logged. */
@ExtendWith(OutputCaptureExtension.class)
class UnknownCaseReadsIntegrationTest extends IntegrationTestBase {

    @Test
    void theTimelineAndClocksOfAnUnknownCaseAre404NamingTheCase(CapturedOutput output) {
        String unknown = UUID.randomUUID().toString();

        for (String path : new String[] {"/api/cases/" + unknown + "/timeline", "/api/sla/cases/" + unknown + "/clocks"}) {
            int logged = output.length();
            ResponseEntity<JsonNode> answer = sam.get(path);

            assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(answer.getBody().path("errors").get(0).path("field").asText()).as(path).isEqualTo("caseId");
            assertThat(output.toString().substring(logged)).as("logged for " + path)
                    .doesNotContain("\tat ").doesNotContain("Exception");
        }
    }
}
