package io.harmsway.ops.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.harmsway.ops.security.UserDirectory;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The notification outbox, its delivery worker and channels. Mail is on only where Spring Boot made
 * a {@link JavaMailSender} ({@code spring.mail.host} set): elsewhere no mail is written to the
 * outbox at all, so a node without SMTP neither queues mail nor fills the dead letters with it.
 */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(NotificationProperties.class)
public class NotificationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NotificationConfiguration.class);

    /** Notices as stored in the outbox and sent in webhooks: ISO-8601 times, no nulls. */
    static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    @Bean
    NotificationSettingsStore notificationSettingsStore(JdbcTemplate jdbc, Clock clock) {
        return new NotificationSettingsStore(jdbc, clock);
    }

    @Bean
    DeliveryTiming deliveryTiming(NotificationProperties properties) {
        return new DeliveryTiming(properties.digestTime(), properties.zone());
    }

    @Bean
    MessageText messageText(@Value("${harmsway.pages.base-url:http://localhost:8080}") String pagesBaseUrl,
                            NotificationProperties properties) {
        return new MessageText(pagesBaseUrl, properties.zone());
    }

    @Bean
    NotificationOutbox notificationOutbox(JdbcTemplate jdbc, Clock clock, UserDirectory users,
                                          NotificationSettingsStore settings, DeliveryTiming timing,
                                          ObjectProvider<JavaMailSender> mail) {
        Set<Channel> channels = EnumSet.of(Channel.WEBHOOK);
        if (mail.getIfAvailable() != null) {
            channels.add(Channel.EMAIL);
        } else {
            log.info("Notifications by mail are off: spring.mail.host is not set (webhooks are on)");
        }
        return new NotificationOutbox(jdbc, clock, new Recipients(users), settings, timing, channels, JSON);
    }

    /**
     * A notifications group created on a database that already holds events starts at its head: a
     * new installation tells of clock events from now on, not of every breach in the history.
     */
    @Bean
    ConfigurerModule notificationsStartAtTheHead() {
        return configurer -> configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                NotificationOutbox.GROUP, (config, builder) -> builder.initialToken(StreamableMessageSource::createHeadToken));
    }

    @Bean
    DeliveryStore deliveryStore(JdbcTemplate jdbc) {
        return new DeliveryStore(jdbc, JSON);
    }

    @Bean
    NotificationMetrics notificationMetrics(MeterRegistry registry) {
        return new NotificationMetrics(registry);
    }

    @Bean
    DeliveryRecords deliveryRecords(DeliveryStore store, NotificationMetrics metrics, Clock clock,
                                    NotificationProperties properties) {
        return new DeliveryRecords(store, metrics, clock, properties);
    }

    @Bean
    DeliveryWorker deliveryWorker(DeliveryStore store, DeliveryRecords records, PlatformTransactionManager transactions,
                                  Clock clock, NotificationProperties properties, NotificationSettingsStore settings,
                                  MessageText text, ObjectProvider<JavaMailSender> mail) {
        List<DeliveryChannel> channels = new ArrayList<>();
        channels.add(new WebhookChannel(properties.webhooks(), settings, text, JSON, clock));
        mail.ifAvailable(sender -> channels.add(new MailChannel(sender, text, properties.mailFrom())));
        return new DeliveryWorker(store, new DigestWriter(store, new TransactionTemplate(transactions), clock), records,
                channels, clock, properties);
    }

    @Bean
    SchedulingConfigurer deliverySchedule(DeliveryWorker worker, NotificationProperties properties) {
        return registrar -> {
            if (properties.enabled()) {
                registrar.addFixedDelayTask(worker::runSafely, properties.pollInterval());
            }
        };
    }

    /** Named so that health shows it as {@code notifications}. */
    @Bean
    NotificationsHealthIndicator notificationsHealthIndicator(DeliveryStore store) {
        return new NotificationsHealthIndicator(store);
    }
}
