package io.harmsway.ops.pages.team;

import io.harmsway.ops.pages.LondonTime;
import io.harmsway.ops.web.TeamInboxAnswer;
import io.harmsway.query.api.DelayAlert;
import io.harmsway.query.api.InboxCase;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * The team inbox as the page shows it: the words and London times of each case and alert, worked
 * out once here so the template only places them. Its {@link #fingerprint} is a digest of exactly
 * what is shown, so the live inbox can tell "nothing changed" (and swap nothing, keeping the
 * reader's place) from "something did".
 */
record InboxView(String team, List<Row> rows, int cases, String fingerprint) {

    /**
     * The most cases one page shows, worst first: enough for any team's day, and a bound on the page
     * (and on each poll) when a team is swamped; the API lists them all.
     */
    static final int MOST_SHOWN = 100;

    /** One case: the child's risk, the officer who holds it, its open breaches and warnings. */
    record Row(String caseId, String caseLabel, String risk, String riskTag, String officer, List<Line> alerts) {
    }

    /**
     * One alert: the rule, its stage, when it was due and how long ago (or how soon), whom it was
     * escalated to, who acknowledged it with what plan; {@code acknowledgeable} when the reader may
     * acknowledge it now.
     */
    record Line(String clockId, String rule, String stage, String stageTag, String due, String dueIso, String timing,
                String escalation, String acknowledgement, boolean acknowledgeable) {
    }

    static InboxView of(TeamInboxAnswer inbox, LondonTime time, Instant now, boolean mayAcknowledge) {
        List<Row> rows = inbox.cases().stream().limit(MOST_SHOWN).map(row -> row(row, time, now, mayAcknowledge))
                .toList();
        return new InboxView(inbox.team(), rows, inbox.cases().size(), digest(rows) + "-" + inbox.cases().size());
    }

    /** "Case 1a2b3c4d": the start of the case's id, enough to tell a team's cases apart. */
    static String caseLabel(String caseId) {
        return "Case " + (caseId.length() > 8 ? caseId.substring(0, 8) : caseId);
    }

    private static Row row(InboxCase row, LondonTime time, Instant now, boolean mayAcknowledge) {
        List<Line> lines = row.alerts().stream().map(alert -> line(alert, time, now, mayAcknowledge)).toList();
        return new Row(row.caseId(), caseLabel(row.caseId()), riskWords(row.riskGrade()), riskTag(row.riskGrade()),
                row.officer() == null ? "nobody" : row.officer(), lines);
    }

    private static Line line(DelayAlert alert, LondonTime time, Instant now, boolean mayAcknowledge) {
        boolean breached = !"WARNING".equals(alert.stage());
        String timing = alert.dueAt() == null ? "" : alert.dueAt().isAfter(now)
                ? "due in " + Elapsed.words(Duration.between(now, alert.dueAt()))
                : "overdue by " + Elapsed.words(Duration.between(alert.dueAt(), now));
        String escalation = alert.escalatedTo() == null ? null
                : "Escalated to the " + alert.escalatedTo() + ", " + time.show(alert.escalatedAt());
        String acknowledgement = alert.acknowledgedBy() == null ? null
                : "Acknowledged by " + alert.acknowledgedBy() + ", " + time.show(alert.acknowledgedAt()) + ": "
                + alert.acknowledgement();
        return new Line(alert.clockId(), alert.ruleTitle(), stageWords(alert.stage()), stageTag(alert.stage()),
                time.show(alert.dueAt()), time.iso(alert.dueAt()), timing, escalation, acknowledgement,
                mayAcknowledge && breached && alert.acknowledgedBy() == null);
    }

    private static String riskWords(String grade) {
        return switch (grade) {
            case "HIGH" -> "High risk";
            case "MEDIUM" -> "Medium risk";
            default -> "Standard risk";
        };
    }

    private static String riskTag(String grade) {
        return switch (grade) {
            case "HIGH" -> "govuk-tag--red";
            case "MEDIUM" -> "govuk-tag--orange";
            default -> "govuk-tag--grey";
        };
    }

    private static String stageWords(String stage) {
        return switch (stage) {
            case "WARNING" -> "Warning";
            case "ESCALATED" -> "Escalated";
            default -> "Breached";
        };
    }

    private static String stageTag(String stage) {
        return switch (stage) {
            case "WARNING" -> "govuk-tag--yellow";
            case "ESCALATED" -> "govuk-tag--purple";
            default -> "govuk-tag--red";
        };
    }

    private static String digest(List<Row> rows) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(rows.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java has SHA-256", impossible);
        }
    }
}
