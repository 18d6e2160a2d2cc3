package io.harmsway.ops.demo;

import io.harmsway.ops.notify.NotificationSettings;
import io.harmsway.ops.notify.NotificationSettingsStore;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.LocalTime;

/**
 * The demo users' notification settings, before the demo cases are recorded: each investigator and
 * supervisor by mail to {@code <name>@harmsway.test}; the investigators batch their warnings in the
 * daily digest, and ivy keeps quiet hours from 20:00 to 07:00. The demo has no SMTP server, so mail
 * is written to the outbox only when {@code spring.mail.host} is set (a local one, e.g.
 * {@code --spring.mail.host=localhost --spring.mail.port=2525}); a user who saved settings keeps them.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoNotificationSettings implements ApplicationRunner {

    private final NotificationSettingsStore settings;

    DemoNotificationSettings(NotificationSettingsStore settings) {
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        save("ivy", true, LocalTime.of(20, 0), LocalTime.of(7, 0));
        save("ian", true, null, null);
        save("sam", false, null, null);
        save("sue", false, null, null);
    }

    private void save(String username, boolean digest, LocalTime quietFrom, LocalTime quietUntil) {
        if (settings.find(username).isEmpty()) {
            settings.save(new NotificationSettings(username, username + "@harmsway.test", null, null, digest, quietFrom,
                    quietUntil, false));
        }
    }
}
