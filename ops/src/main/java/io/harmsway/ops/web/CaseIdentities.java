package io.harmsway.ops.web;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether an id names a case, read from the event store itself. Clock events are stored under
 * their own id with no aggregate type; Axon, asked to load a case by such an id, fails deep in
 * its deserialisation instead of saying there is no such case. This tells the two apart.
 */
@Component
class CaseIdentities {

    private final JdbcTemplate jdbc;

    CaseIdentities(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean isCase(String id) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from domain_event_entry where aggregate_identifier = ? and type is not null)""",
                Boolean.class, id));
    }
}
