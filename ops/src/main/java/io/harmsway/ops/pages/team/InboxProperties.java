package io.harmsway.ops.pages.team;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the inbox page stays live: it asks for its cases this often ({@code refresh-every}), and stops
 * asking once the reader has not touched the page for the session's length, so that an unattended
 * inbox is signed out like any other page.
 */
@ConfigurationProperties("harmsway.pages.inbox")
record InboxProperties(@DefaultValue("5s") Duration refreshEvery) {

    InboxProperties {
        if (refreshEvery.isNegative() || refreshEvery.toMillis() < 500) {
            throw new IllegalArgumentException("harmsway.pages.inbox.refresh-every must be at least 500ms, not "
                    + refreshEvery);
        }
    }
}
