package io.harmsway.ops.sla;

import io.harmsway.ops.HarmswayApplication;
import io.harmsway.ops.support.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A malformed rule file stops the application at start, naming the file, the rule and the fault. */
class MalformedRuleFileIntegrationTest {

    @Test
    void aMalformedRuleFileStopsStartUpNamingFileRuleAndFault() {
        SpringApplicationBuilder application = new SpringApplicationBuilder(HarmswayApplication.class);

        assertThatThrownBy(() -> application.run("--spring.datasource.url=" + FreshDatabase.url(), "--server.port=0",
                "--harmsway.sla.rules=classpath*:broken-sla-rules/*.yaml")).rootCause()
                .hasMessageContaining("suspect-interview-broken.v2.yaml")
                .hasMessageContaining("rule 'suspect-interview'")
                .hasMessageContaining("deadline.high: must be a positive whole number")
                .hasMessageContaining("stop[0].event: no case event is named 'SuspectQuestioned'");
    }
}
