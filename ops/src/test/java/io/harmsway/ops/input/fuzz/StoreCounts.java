package io.harmsway.ops.input.fuzz;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

/**
 * What the event store holds that a request to a target could have added: events of any case
 * (a refused opening must not start a case either), and, for a clock action, the clock's events.
 * Clock events the processors append on their own for other cases are in neither count. Only
 * events after those the store held when the run began are counted (an indexed range), so a count
 * stays quick however many events earlier tests stored.
 */
final class StoreCounts {

    private final JdbcTemplate jdbc;
    private final long since;

    StoreCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.since = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
    }

    Counts of(Target target) {
        long caseEvents = jdbc.queryForObject(
                "select count(*) from domain_event_entry where global_index > ? and type is not null", Long.class, since);
        return new Counts(caseEvents, target.clockId() == null ? 0 : jdbc.queryForObject("""
                select count(*) from domain_event_entry
                where global_index > ? and strpos(convert_from(payload, 'UTF8'), ?) > 0""",
                Long.class, since, target.clockId()));
    }

    /** The case event appended last, and its case: an action's, or a new case's referral. */
    Appended lastCaseEvent() {
        Map<String, Object> row = jdbc.queryForMap("""
                select event_identifier, aggregate_identifier from domain_event_entry
                where type is not null order by global_index desc limit 1""");
        return new Appended((String) row.get("aggregate_identifier"), (String) row.get("event_identifier"));
    }

    /** The clock event appended last for the target's clock. */
    Appended lastClockEvent(Target target) {
        String eventId = jdbc.queryForObject("""
                select event_identifier from domain_event_entry
                where type is null and strpos(convert_from(payload, 'UTF8'), ?) > 0 order by global_index desc limit 1""",
                String.class, target.clockId());
        return new Appended(target.caseId(), eventId);
    }

    record Counts(long caseEvents, long clockEvents) {
    }

    record Appended(String caseId, String eventId) {
    }
}
