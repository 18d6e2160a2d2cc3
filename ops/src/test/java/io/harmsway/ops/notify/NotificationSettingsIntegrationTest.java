package io.harmsway.ops.notify;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each user sets their own notification settings: the webhook secret is made by the application
 * and answered once; refused input names the field and changes nothing.
 */
class NotificationSettingsIntegrationTest extends NotificationTestBase {

    @Test
    void aUserSetsTheirOwnSettingsAndSeesTheWebhookSecretOnlyWhenItIsMade() {
        JsonNode made = settings(sam, """
                {"email": "sam@north.test", "webhookUrl": "%s", "digestWarnings": true,
                 "quietFrom": "21:30", "quietUntil": "06:45"}""".formatted(receiver.url()));
        String secret = made.path("webhookSecret").asText();
        assertThat(secret).startsWith("whsec_");
        assertThat(java.util.Base64.getDecoder().decode(secret.substring(6))).hasSize(32);

        JsonNode mine = sam.get("/api/my/notification-settings").getBody();
        assertThat(mine.path("email").asText()).isEqualTo("sam@north.test");
        assertThat(mine.path("webhookSecretSet").asBoolean()).isTrue();
        assertThat(mine.has("webhookSecret")).as("never shown again").isFalse();
        assertThat(mine.path("digestWarnings").asBoolean()).isTrue();
        assertThat(mine.path("quietFrom").asText()).isEqualTo("21:30:00");
        assertThat(mine.path("mailAvailable").asBoolean()).isTrue();
        assertThat(mine.path("zone").asText()).isEqualTo("Europe/London");

        JsonNode kept = settings(sam, "{\"webhookUrl\": \"%s\"}".formatted(receiver.url()));
        assertThat(kept.has("webhookSecret")).as("the same secret stays").isFalse();
        JsonNode rotated = settings(sam, "{\"webhookUrl\": \"%s\", \"rotateWebhookSecret\": true}".formatted(receiver.url()));
        assertThat(rotated.path("webhookSecret").asText()).startsWith("whsec_").isNotEqualTo(secret);
        assertThat(Api.as(http, "ivy").get("/api/my/notification-settings").getBody().path("webhookSecretSet")
                .asBoolean()).as("ivy's own, not sam's").isFalse();
    }

    @Test
    void refusedSettingsNameTheFieldAndChangeNothing() {
        settings(sam, "{\"email\": \"sam@north.test\"}");

        assertRefused("{\"email\": \"not an address\"}", "email");
        assertRefused("{\"webhookUrl\": \"ftp://files.example/hook\"}", "webhookUrl");
        assertRefused("{\"webhookUrl\": \"http://user:pass@hooks.example/x\"}", "webhookUrl");
        assertRefused("{\"webhookUrl\": \"/relative/path\"}", "webhookUrl");
        assertRefused("{\"webhookUrl\": \"http://hooks.example/" + "x".repeat(2000) + "\"}", "webhookUrl");
        assertRefused("{\"quietFrom\": \"22:00\"}", "quietUntil");
        assertRefused("{\"quietFrom\": \"22:00\", \"quietUntil\": \"22:00\"}", "quietUntil");
        assertRefused("{\"quietFrom\": \"25:00\", \"quietUntil\": \"07:00\"}", "quietFrom");

        assertThat(sam.get("/api/my/notification-settings").getBody().path("email").asText()).isEqualTo("sam@north.test");
        assertThat(oli.get("/api/my/notification-settings").getStatusCode()).as("operators have no inbox")
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private void assertRefused(String json, String field) {
        ResponseEntity<JsonNode> answer = put(sam, json);
        assertThat(answer.getStatusCode()).as(json).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().path("errors").findValuesAsText("field")).as(json).contains(field);
    }
}
