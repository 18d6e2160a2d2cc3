package io.harmsway.ops.sla;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.MutableClock;
import io.harmsway.ops.support.CaughtUpSweep;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One case recorded over HTTP as the days of its story pass: the test clock moves hour by hour and
 * the sweep runs at every hour, as Quartz would, with the clock keeper caught up before each sweep
 * so that an action recorded on time has met its clock before anything could fall due. The story
 * starts on a Monday at 09:00 London time that, with the four weeks from it, has no bank holiday.
 */
final class Story {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Api officer;
    private final MutableClock clock;
    private final CaughtUpSweep sweep;
    private final JdbcTemplate jdbc;
    private final LocalDate firstDay;
    private final ObjectMapper json = new ObjectMapper();
    private String caseId;

    Story(Api officer, MutableClock clock, CaughtUpSweep sweep, JdbcTemplate jdbc,
          Predicate<LocalDate> workingDay) {
        this.officer = officer;
        this.clock = clock;
        this.sweep = sweep;
        this.jdbc = jdbc;
        LocalDate monday = clock.instant().atZone(LONDON).toLocalDate().plusDays(1)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        while (monday.datesUntil(monday.plusDays(28)).anyMatch(day -> day.getDayOfWeek().getValue() < 6
                && !workingDay.test(day))) {
            monday = monday.plusWeeks(1);
        }
        this.firstDay = monday;
        liveUntil(at(0, 9, 0));
    }

    /** Day {@code day} of the story (0 = the first Monday) at that London time. */
    Instant at(int day, int hour, int minute) {
        return firstDay.plusDays(day).atTime(LocalTime.of(hour, minute)).atZone(LONDON).toInstant();
    }

    /** Time passes, hour by hour with a sweep at each, up to {@code moment}, which becomes now. */
    void liveUntil(Instant moment) {
        while (clock.instant().isBefore(moment)) {
            Instant next = clock.instant().plus(Duration.ofHours(1));
            clock.advance(Duration.between(clock.instant(), next.isBefore(moment) ? next : moment));
            sweep.sweepDue();
        }
    }

    /** At {@code moment} the officer records an action on the case: a body naming when it happened. */
    JsonNode record(Instant moment, String path, String body) {
        liveUntil(moment);
        String withTime = body.substring(0, body.lastIndexOf('}')).trim();
        withTime = (withTime.endsWith("{") ? withTime : withTime + ",") + " \"occurredAt\": \"" + moment + "\"}";
        ResponseEntity<JsonNode> answer = officer.post(caseId == null ? path : "/api/cases/" + caseId + path, withTime);
        assertThat(answer.getStatusCode().is2xxSuccessful()).as(path + " " + withTime + ": " + answer).isTrue();
        if (caseId == null) {
            caseId = answer.getBody().get("id").asText();
        }
        sweep.sweepDue();
        return answer.getBody();
    }

    String caseId() {
        return caseId;
    }

    /** Every warning, breach, escalation and chase the case raised, as "rule KIND", whatever its stage now. */
    Set<String> raised() {
        sweep.awaitKeeper();
        Set<String> raised = new TreeSet<>();
        jdbc.query("""
                select payload_type, payload from domain_event_entry
                where payload_type similar to '%.SlaClock(Warned|Breached|Escalated)'
                  and convert_from(payload, 'UTF8')::jsonb ->> 'caseId' = ?""", rs -> {
            String type = rs.getString("payload_type");
            JsonNode event = read(rs.getBytes("payload"));
            String kind = type.endsWith("Warned") ? "WARNING" : type.endsWith("Escalated") ? "ESCALATION"
                    : event.path("agency").asText("POLICE").equals("POLICE") ? "BREACH" : "CHASE";
            raised.add(event.path("ruleId").asText() + " " + kind);
        }, caseId);
        return raised;
    }

    /** When the case's clocks of the rule raised {@code type} (e.g. SlaClockBreached), in order. */
    List<Instant> moments(String type, String ruleId) {
        return jdbc.query("""
                select payload from domain_event_entry where payload_type like ?
                  and convert_from(payload, 'UTF8')::jsonb ->> 'caseId' = ?
                  and convert_from(payload, 'UTF8')::jsonb ->> 'ruleId' = ? order by global_index""",
                (rs, row) -> Instant.parse(read(rs.getBytes("payload")).path("occurredAt").asText()),
                "%." + type, caseId, ruleId);
    }

    private JsonNode read(byte[] payload) {
        try {
            return json.readTree(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
