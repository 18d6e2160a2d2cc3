package io.harmsway.ops.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Webhooks as Standard Webhooks defines them: a JSON body ({@code type}, {@code timestamp},
 * {@code data}) POSTed with {@code webhook-id} (the delivery's key, the same on every attempt, so
 * the receiver can drop a repeat), {@code webhook-timestamp} (seconds since the epoch, of this
 * attempt) and {@code webhook-signature}, signed with the recipient's secret as it is now. Any
 * 2xx answer is delivered; anything else, or no answer within the timeout, is a failure.
 */
public class WebhookChannel implements DeliveryChannel {

    private final NotificationProperties.Webhooks webhooks;
    private final HttpClient client;
    private final Duration requestTimeout;
    private final NotificationSettingsStore settings;
    private final MessageText text;
    private final ObjectMapper json;
    private final Clock clock;

    public WebhookChannel(NotificationProperties.Webhooks webhooks, NotificationSettingsStore settings,
                          MessageText text, ObjectMapper json, Clock clock) {
        // Never follows a redirect: the address is the one the user set, and the secret goes only there.
        this.client = HttpClient.newBuilder().connectTimeout(webhooks.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.requestTimeout = webhooks.requestTimeout();
        this.webhooks = webhooks;
        this.settings = settings;
        this.text = text;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public void send(Delivery delivery) throws Exception {
        String secret = settings.of(delivery.recipient()).webhookSecret();
        if (secret == null) {
            throw new IllegalStateException(delivery.recipient() + " has no webhook secret");
        }
        URI address = URI.create(delivery.address());
        if (!webhooks.allows(address.getHost())) {
            // The allowed hosts may have narrowed since the address was set.
            throw new IllegalStateException("webhooks may not go to " + address.getHost());
        }
        Instant now = clock.instant();
        String body = body(delivery, now);
        long timestamp = now.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(address).timeout(requestTimeout)
                .header("content-type", "application/json")
                .header("webhook-id", delivery.key())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(secret, delivery.key(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("the receiver answered " + response.statusCode());
        }
    }

    private String body(Delivery delivery, Instant now) throws Exception {
        ObjectNode data = json.valueToTree(delivery.notice());
        data.put("recipient", delivery.recipient());
        if (delivery.notice().caseId() != null) {
            data.put("casePage", text.casePage(delivery.notice().caseId()));
        }
        ObjectNode body = json.createObjectNode();
        body.put("type", delivery.kind().webhookType());
        body.put("timestamp", now.toString());
        body.set("data", data);
        return json.writeValueAsString(body);
    }
}
