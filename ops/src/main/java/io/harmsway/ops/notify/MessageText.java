package io.harmsway.ops.notify;

import org.springframework.web.util.HtmlUtils;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The words of a notice, for mail: a subject, a plain-text part and an HTML part, each naming the
 * case by its reference only and linking to the case page. Everything shown comes from the
 * {@link Notice}, which holds no detail of the child and no free text.
 */
public class MessageText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.UK);

    private final String pagesBaseUrl;
    private final ZoneId zone;

    public MessageText(String pagesBaseUrl, ZoneId zone) {
        this.pagesBaseUrl = pagesBaseUrl.endsWith("/") ? pagesBaseUrl.substring(0, pagesBaseUrl.length() - 1)
                : pagesBaseUrl;
        this.zone = zone;
    }

    public String casePage(String caseId) {
        return pagesBaseUrl + "/cases/" + caseId;
    }

    public String subject(Notice notice) {
        if (notice.kind() == NoticeKind.DIGEST) {
            return "[harmsway] Daily digest: " + notice.items().size() + " warning" + (notice.items().size() == 1 ? "" : "s");
        }
        return "[harmsway] " + notice.kind().title() + ": " + notice.ruleName() + " (case " + notice.caseId() + ")";
    }

    public String plain(Notice notice) {
        StringBuilder text = new StringBuilder();
        for (Notice item : items(notice)) {
            text.append(sentence(item)).append('\n').append("Open the case: ").append(casePage(item.caseId()))
                    .append("\n\n");
        }
        return text.append(FOOTER).append('\n').toString();
    }

    public String html(Notice notice) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body>");
        if (notice.kind() == NoticeKind.DIGEST) {
            html.append("<p>").append(escape(subject(notice))).append("</p>");
        }
        html.append("<ul>");
        for (Notice item : items(notice)) {
            html.append("<li><p>").append(escape(sentence(item))).append("</p><p><a href=\"")
                    .append(escape(casePage(item.caseId()))).append("\">Open case ").append(escape(item.caseId()))
                    .append("</a></p></li>");
        }
        return html.append("</ul><p><small>").append(escape(FOOTER)).append("</small></p></body></html>").toString();
    }

    private static final String FOOTER = "This message names the case by its reference only; the details are in harmsway.";

    private static List<Notice> items(Notice notice) {
        return notice.kind() == NoticeKind.DIGEST ? notice.items() : List.of(notice);
    }

    /** One sentence saying what happened to which clock of which case. */
    String sentence(Notice notice) {
        String clock = "'" + notice.ruleName() + "' (" + notice.subjectId() + ") on case " + notice.caseId()
                + (notice.riskGrade() == null ? "" : ", risk " + notice.riskGrade());
        return switch (notice.kind()) {
            case WARNING -> "Warning: " + clock + " is due " + when(notice.dueAt()) + ".";
            case BREACH -> "Breach: " + clock + " was due " + when(notice.dueAt()) + " and is overdue.";
            case PARTNER_BREACH -> "A partner agency missed its deadline: " + clock + " was due " + when(notice.dueAt())
                    + "; chase the partner.";
            case ESCALATION -> "Escalated to the " + notice.addressedTo() + " (step " + notice.level() + "): " + clock
                    + " was due " + when(notice.dueAt()) + " and nobody has acknowledged the breach.";
            case REMINDER -> "Reminder " + notice.reminder() + " to the " + notice.addressedTo() + ": " + clock
                    + " was due " + when(notice.dueAt()) + " and the breach is still unacknowledged.";
            case ACKNOWLEDGEMENT -> "Acknowledged by " + notice.acknowledgedBy() + ": the breach of " + clock
                    + " is in hand; the plan is in the application.";
            case DIGEST -> subjectOfDigest(notice);
        };
    }

    private String subjectOfDigest(Notice notice) {
        return notice.items().size() + " warnings";
    }

    private String when(Instant instant) {
        return instant == null ? "(no due date)" : WHEN.format(instant.atZone(zone)) + " (UK time)";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
