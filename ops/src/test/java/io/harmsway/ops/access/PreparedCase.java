package io.harmsway.ops.access;

import io.harmsway.ops.support.Api;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case of team north on which every {@link CaseAction} can be recorded: opened by ivy, with a
 * suspect on bail and a forensic submission awaiting its result.
 */
record PreparedCase(String caseId, String referralEventId) {

    static final String SUSPECT = "suspect-1";
    static final String SUBMISSION = "DF-1";

    static PreparedCase openedBy(Api officer, JdbcTemplate jdbc, Instant now) {
        Instant before = now.minus(Duration.ofDays(1));
        String caseId = officer.openCase("HIGH", now.minus(Duration.ofDays(2)));
        officer.identifySuspect(caseId, before);
        recorded(officer, "/api/cases/" + caseId + "/suspects/" + SUSPECT + "/bail",
                "{\"bailEndsAt\": \"" + now.plus(Duration.ofDays(30)) + "\", \"occurredAt\": \"" + before + "\"}");
        recorded(officer, "/api/cases/" + caseId + "/forensic-submissions",
                "{\"submissionReference\": \"" + SUBMISSION + "\", \"occurredAt\": \"" + before + "\"}");
        String referral = jdbc.queryForObject("""
                select event_identifier from domain_event_entry
                where aggregate_identifier = ? and payload_type like '%.ReferralReceived'""", String.class, caseId);
        return new PreparedCase(caseId, referral);
    }

    private static void recorded(Api officer, String path, String body) {
        assertThat(officer.post(path, body).getStatusCode().is2xxSuccessful()).as(path).isTrue();
    }
}
