package io.harmsway.ops.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.harmsway.cases.api.CaseMetadata;
import io.harmsway.cases.api.CaseTransferred;
import io.harmsway.cases.api.ReferralReceived;
import io.harmsway.cases.api.RiskAssessed;
import io.harmsway.cases.api.RiskGrade;
import io.harmsway.sla.api.SlaClockAcknowledged;
import io.harmsway.sla.api.SlaClockBreached;
import io.harmsway.sla.api.SlaClockEscalated;
import io.harmsway.sla.api.SlaClockWarned;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The outbox's writer: a processing group of its own ({@value #GROUP}, with its own token) that
 * reads the clock events and writes, in the same transaction as its token, one delivery row per
 * event, recipient and channel. The event's id with the recipient and channel is the row's key, so
 * an event handled twice (a stolen token, a replay) adds nothing. The case's team, officer and risk
 * come from the case's own events, kept here in {@code notification_case}.
 */
@ProcessingGroup(NotificationOutbox.GROUP)
public class NotificationOutbox {

    public static final String GROUP = "notifications";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Recipients recipients;
    private final NotificationSettingsStore settings;
    private final DeliveryTiming timing;
    private final Set<Channel> channels;
    private final ObjectMapper json;

    public NotificationOutbox(JdbcTemplate jdbc, Clock clock, Recipients recipients, NotificationSettingsStore settings,
                              DeliveryTiming timing, Set<Channel> channels, ObjectMapper json) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.recipients = recipients;
        this.settings = settings;
        this.timing = timing;
        this.channels = channels;
        this.json = json;
    }

    /** The officer who records the referral holds the case until it is transferred. */
    @EventHandler
    void on(ReferralReceived event, @MetaDataValue(CaseMetadata.ACTOR) String actor) {
        jdbc.update("""
                insert into notification_case (case_id, team, officer, risk_grade) values (?, ?, ?, ?)
                on conflict (case_id) do update set team = excluded.team, officer = excluded.officer,
                    risk_grade = excluded.risk_grade""",
                event.caseId(), event.team(), actor, event.riskGrade() == null ? null : event.riskGrade().name());
    }

    @EventHandler
    void on(RiskAssessed event) {
        jdbc.update("update notification_case set risk_grade = ? where case_id = ?", event.riskGrade().name(),
                event.caseId());
    }

    @EventHandler
    void on(CaseTransferred event) {
        jdbc.update("update notification_case set team = ?, officer = ? where case_id = ?", event.toTeam(),
                event.toOfficer(), event.caseId());
    }

    /** A warning goes to whom the rule names (the officer who holds the case). */
    @EventHandler
    void on(SlaClockWarned event, @MessageIdentifier String eventId) {
        CaseFacts facts = facts(event.caseId(), event.team(), event.officer());
        Notice notice = new Notice(NoticeKind.WARNING, event.caseId(), event.clockId(), event.ruleId(),
                event.ruleTitle(), event.subjectId(), facts.team(), facts.riskGrade(), event.dueAt(),
                event.occurredAt(), null, null, event.notifyRole(), null, event.fraction(), null);
        write(eventId, notice, recipients.of(event.notifyRole(), facts.team(), facts.officer()), facts);
    }

    /** A breach goes to whom the rule names (the team's supervisors) and to the officer who holds the case. */
    @EventHandler
    void on(SlaClockBreached event, @MessageIdentifier String eventId) {
        CaseFacts facts = facts(event.caseId(), event.team(), event.officer());
        Notice notice = new Notice(event.partners() ? NoticeKind.PARTNER_BREACH : NoticeKind.BREACH, event.caseId(),
                event.clockId(), event.ruleId(), event.ruleTitle(), event.subjectId(), facts.team(), facts.riskGrade(),
                event.dueAt(), event.occurredAt(), null, null, event.notifyRole(), null, null, null);
        Set<String> people = recipients.of(event.notifyRole(), facts.team(), facts.officer());
        recipients.addIfKnown(people, facts.officer());
        write(eventId, notice, people, facts);
    }

    /** An escalation step, or a reminder after the last, goes to the step's addressees. */
    @EventHandler
    void on(SlaClockEscalated event, @MessageIdentifier String eventId) {
        CaseFacts facts = facts(event.caseId(), event.team(), event.officer());
        Notice notice = new Notice(event.reminder() > 0 ? NoticeKind.REMINDER : NoticeKind.ESCALATION, event.caseId(),
                event.clockId(), event.ruleId(), event.ruleTitle(), event.subjectId(), facts.team(), facts.riskGrade(),
                event.dueAt(), event.occurredAt(), event.level(), event.reminder(), event.notifyRole(), null, null,
                null);
        write(eventId, notice, recipients.of(event.notifyRole(), facts.team(), facts.officer()), facts);
    }

    /**
     * An acknowledgement tells everyone the breach reached (the officer, the supervisors, whoever it
     * was escalated to) that it is in hand, but not the supervisor who gave it. Their plan (the note)
     * stays in the application: it is free text and may name the child.
     */
    @EventHandler
    void on(SlaClockAcknowledged event, @MessageIdentifier String eventId) {
        CaseFacts facts = facts(event.caseId(), null, null);
        Notice notice = new Notice(NoticeKind.ACKNOWLEDGEMENT, event.caseId(), event.clockId(), event.ruleId(),
                null, event.subjectId(), facts.team(), facts.riskGrade(), event.dueAt(), event.occurredAt(), null,
                null, null, event.acknowledgedBy(), null, null);
        Set<String> people = new LinkedHashSet<>();
        recipients.addIfKnown(people, facts.officer());
        people.addAll(recipients.supervisors(facts.team()));
        people.addAll(jdbc.queryForList("""
                select distinct recipient from notification_delivery
                where clock_id = ? and kind in ('ESCALATION', 'REMINDER') order by recipient""", String.class,
                event.clockId()));
        people.remove(event.acknowledgedBy());
        write(eventId, notice, people, facts);
    }

    private void write(String eventId, Notice notice, Set<String> people, CaseFacts facts) {
        Instant now = clock.instant();
        String content = content(notice);
        for (String person : people) {
            NotificationSettings chosen = settings.of(person);
            DeliveryTiming.Schedule schedule = timing.schedule(notice.kind(), chosen, facts.highRisk(), now);
            for (Channel channel : channels) {
                String address = chosen.addressFor(channel);
                if (address == null) {
                    continue;
                }
                jdbc.update("""
                        insert into notification_delivery (event_id, recipient, channel, kind, case_id, clock_id,
                                                           address, content, status, due_at, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)
                        on conflict (event_id, recipient, channel) do nothing""",
                        eventId, person, channel.name(), notice.kind().name(), notice.caseId(), notice.clockId(),
                        address, content, schedule.status().name(), Timestamp.from(schedule.dueAt()),
                        Timestamp.from(now));
            }
        }
    }

    private String content(Notice notice) {
        try {
            return json.writeValueAsString(notice);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a notice could not be written as JSON", e);
        }
    }

    /** The event's team and officer where it names them (older events do not), else the case's. */
    private CaseFacts facts(String caseId, String team, String officer) {
        Optional<CaseFacts> known = jdbc.query("select team, officer, risk_grade from notification_case where case_id = ?",
                (rs, row) -> new CaseFacts(rs.getString("team"), rs.getString("officer"), rs.getString("risk_grade")),
                caseId).stream().findFirst();
        String riskGrade = known.map(CaseFacts::riskGrade).orElse(null);
        return new CaseFacts(team != null ? team : known.map(CaseFacts::team).orElse(null),
                officer != null ? officer : known.map(CaseFacts::officer).orElse(null), riskGrade);
    }

    private record CaseFacts(String team, String officer, String riskGrade) {

        boolean highRisk() {
            return RiskGrade.HIGH.name().equals(riskGrade);
        }
    }
}
