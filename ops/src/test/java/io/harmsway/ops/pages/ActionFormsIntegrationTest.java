package io.harmsway.ops.pages;

import io.harmsway.ops.pages.forms.ActionForm;
import io.harmsway.ops.pages.forms.ActionForms;
import io.harmsway.ops.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action's form, over HTTP: each one shows its fields, and each one posted empty is refused
 * by its request record's own rules (400, the error summary) with nothing appended to the case.
 */
class ActionFormsIntegrationTest extends IntegrationTestBase {

    @LocalServerPort
    int port;
    @Autowired
    ActionForms forms;

    @Test
    void everyActionHasAFormAndEveryFormPostedEmptyIsRefusedWithNothingStored() {
        String caseId = ivy.post("/api/cases", """
                {"childAgeYears": 11, "allegation": "NEGLECT", "riskGrade": "MEDIUM",
                 "physicalSymptoms": false, "occurredAt": "%s"}""".formatted(clock.instant())).getBody().get("id").asText();
        PageSession browser = new PageSession(port);
        assertThat(browser.signIn("ivy", "ivy-demo").statusCode()).isEqualTo(302);
        long stored = events.countOfCase(caseId);

        assertThat(forms.all()).hasSizeGreaterThanOrEqualTo(31);
        for (ActionForm form : forms.all()) {
            String address = "/cases/" + caseId + "/actions/" + form.slug();
            HttpResponse<String> shown = browser.get(address);
            assertThat(shown.statusCode()).as(address).isEqualTo(200);
            assertThat(shown.body()).as(address).contains(">" + HtmlUtils.htmlEscape(form.title()) + "</h1>").contains("name=\"_csrf\"");

            HttpResponse<String> refused = browser.post(address, Map.of(), true);
            assertThat(refused.statusCode()).as(address).isEqualTo(400);
            assertThat(refused.body()).as(address).contains("There is a problem").contains("govuk-error-message");
        }
        assertThat(events.countOfCase(caseId)).isEqualTo(stored);
    }
}
