package io.harmsway.ops.notify;

/** What a notice tells; a digest gathers one recipient's held warnings. */
public enum NoticeKind {
    WARNING("sla.warning", "Warning"),
    BREACH("sla.breach", "Breach"),
    PARTNER_BREACH("sla.partner-breach", "Partner deadline missed"),
    ESCALATION("sla.escalation", "Escalation"),
    REMINDER("sla.reminder", "Reminder"),
    ACKNOWLEDGEMENT("sla.acknowledgement", "Acknowledged"),
    DIGEST("sla.digest", "Daily digest");

    private final String webhookType;
    private final String title;

    NoticeKind(String webhookType, String title) {
        this.webhookType = webhookType;
        this.title = title;
    }

    /** The {@code type} of a webhook body, as Standard Webhooks' payload structure suggests. */
    public String webhookType() {
        return webhookType;
    }

    public String title() {
        return title;
    }

    /** Breaches and escalations go at once, whatever the recipient chose for warnings. */
    public boolean urgent() {
        return this == BREACH || this == PARTNER_BREACH || this == ESCALATION || this == REMINDER;
    }
}
