package io.harmsway.ops.notify;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The hosts an installation lets webhooks go to. */
class WebhookHostsTest {

    static NotificationProperties.Webhooks allowing(List<String> hosts) {
        return new NotificationProperties.Webhooks(Duration.ofSeconds(5), Duration.ofSeconds(10), true, hosts);
    }

    @Test
    void aNameAllowsItselfAndADotDomainItsSubdomainsNothingElse() {
        NotificationProperties.Webhooks webhooks = allowing(List.of("alerts.force.example", ".systems.force.example"));
        assertThat(webhooks.allows("alerts.force.example")).isTrue();
        assertThat(webhooks.allows("ALERTS.force.example")).isTrue();
        assertThat(webhooks.allows("a.systems.force.example")).isTrue();
        assertThat(webhooks.allows("systems.force.example")).isTrue();
        assertThat(webhooks.allows("evilsystems.force.example")).isFalse();
        assertThat(webhooks.allows("alerts.force.example.attacker.test")).isFalse();
        assertThat(webhooks.allows("127.0.0.1")).isFalse();
        assertThat(webhooks.allows(null)).isFalse();
        assertThat(allowing(null).allows("anything.test")).as("none listed: any").isTrue();
    }
}
