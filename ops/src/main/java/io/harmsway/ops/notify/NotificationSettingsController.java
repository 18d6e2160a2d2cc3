package io.harmsway.ops.notify;

import io.harmsway.ops.web.FieldError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/** Each user's own notification settings: channels, digest and quiet hours. */
@RestController
@RequestMapping("/api/my/notification-settings")
@Tag(name = "Notifications")
public class NotificationSettingsController {

    private final NotificationSettingsStore store;
    private final NotificationProperties properties;
    private final boolean mailAvailable;

    public NotificationSettingsController(NotificationSettingsStore store, NotificationProperties properties,
                                          ObjectProvider<JavaMailSender> mail) {
        this.store = store;
        this.properties = properties;
        this.mailAvailable = mail.getIfAvailable() != null;
    }

    @GetMapping
    @Operation(summary = "My notification settings (the webhook secret is never shown again)")
    NotificationSettingsAnswer mine(Authentication user) {
        return answer(store.of(user.getName()), null);
    }

    @PutMapping
    @Operation(summary = "Set my notification settings, whole; a new webhook gets a secret, answered once")
    NotificationSettingsAnswer set(Authentication user, @Valid @RequestBody NotificationSettingsRequest request) {
        String webhookUrl = blankToNull(request.webhookUrl());
        checkWebhook(webhookUrl);
        if ((request.quietFrom() == null) != (request.quietUntil() == null)) {
            throw badRequest(request.quietFrom() == null ? "quietFrom" : "quietUntil",
                    "quiet hours need both quietFrom and quietUntil");
        }
        if (request.quietFrom() != null && request.quietFrom().equals(request.quietUntil())) {
            throw badRequest("quietUntil", "quiet hours must end at another time than they start");
        }
        NotificationSettings known = store.of(user.getName());
        String newSecret = webhookUrl != null && (known.webhookSecret() == null || isTrue(request.rotateWebhookSecret()))
                ? WebhookSignature.newSecret() : null;
        NotificationSettings settings = new NotificationSettings(user.getName(), blankToNull(request.email()), webhookUrl,
                webhookUrl == null ? null : newSecret != null ? newSecret : known.webhookSecret(),
                isTrue(request.digestWarnings()), request.quietFrom(), request.quietUntil(),
                isTrue(request.quietHoursHoldLowerRiskBreaches()));
        store.save(settings);
        return answer(settings, newSecret);
    }

    /**
     * An absolute http(s) address with a host and no credentials in it; https unless the
     * installation allows plain http ({@code harmsway.notifications.webhooks.require-https=false}).
     */
    private void checkWebhook(String url) {
        if (url == null) {
            return;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw badRequest("webhookUrl", "not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean allowed = scheme.equals("https") || (scheme.equals("http") && !properties.webhooks().requireHttps());
        if (!allowed) {
            throw badRequest("webhookUrl", properties.webhooks().requireHttps() ? "must be an https URL"
                    : "must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw badRequest("webhookUrl", "must name a host, with no user name, password or fragment");
        }
        if (!properties.webhooks().allows(uri.getHost())) {
            throw badRequest("webhookUrl", "webhooks may go only to " + String.join(", ", properties.webhooks().allowedHosts()));
        }
    }

    private NotificationSettingsAnswer answer(NotificationSettings settings, String newSecret) {
        return new NotificationSettingsAnswer(settings.email(), settings.webhookUrl(), settings.webhookSecret() != null,
                newSecret, settings.warningDigest(), settings.quietFrom(), settings.quietUntil(),
                settings.quietLowerRiskBreaches(), mailAvailable, properties.digestTime(), properties.zone().getId());
    }

    private static boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static ErrorResponseException badRequest(String field, String problem) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid notification settings", field, problem);
    }

    static ErrorResponseException problem(HttpStatus status, String title, String field, String problem) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, problem);
        detail.setTitle(title);
        detail.setProperty("errors", List.of(new FieldError(field, problem)));
        return new ErrorResponseException(status, detail, null);
    }
}
