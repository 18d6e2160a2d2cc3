package io.harmsway.ops.support;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every test of the whole application starts from: the application itself (see
 * {@link IntegrationTest}), reached over HTTP, through its command gateway, its sweep and its
 * scheduler, and with SQL; the clock the test moves; the event store as an auditor reads it; and
 * two demo users of team north, the investigator ivy and her supervisor sam.
 */
@IntegrationTest
public abstract class IntegrationTestBase {

    @Autowired
    protected TestRestTemplate http;
    @Autowired
    protected MutableClock clock;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected CommandGateway commands;
    @Autowired
    protected CaughtUpSweep sweep;
    @Autowired
    protected Scheduler scheduler;
    @Autowired
    protected EventProcessingConfiguration processing;

    protected Api ivy;
    protected Api sam;
    protected EventStore events;

    @BeforeEach
    void signInTheDemoUsers() {
        ivy = Api.as(http, "ivy");
        sam = Api.as(http, "sam");
        events = new EventStore(jdbc);
    }
}
