package io.harmsway.ops.notify;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * What one notification says. Only references and the rule's own facts: the case and clock ids,
 * the rule, the subject's id within the case, the risk grade, the dates. Never anything the
 * case's events hold about the child (age, allegation, who reported) nor any free text (notes, the
 * supervisor's plan, a pause's reason): a mail or webhook can be read by whoever intercepts it.
 * A digest carries its warnings in {@code items}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Notice(NoticeKind kind, String caseId, String clockId, String ruleId, String ruleTitle,
                     String subjectId, String team, String riskGrade, Instant dueAt, Instant occurredAt,
                     Integer level, Integer reminder, String addressedTo, String acknowledgedBy, Double fraction,
                     List<Notice> items) {

    static Notice digest(List<Notice> items) {
        return new Notice(NoticeKind.DIGEST, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, List.copyOf(items));
    }

    /** The rule's title if the event names it (an acknowledgement does not), else its id. */
    public String ruleName() {
        return ruleTitle != null ? ruleTitle : ruleId;
    }
}
