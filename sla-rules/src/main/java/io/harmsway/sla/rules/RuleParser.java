package io.harmsway.sla.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.cases.api.RiskGrade;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns one rule file's YAML tree into a rule, collecting every fault with the field it is in. */
final class RuleParser {

    static final List<Warning> DEFAULT_WARNINGS = List.of(Warning.atShare(0.5), Warning.atShare(0.75));
    static final SlaRule.Notify DEFAULT_NOTIFY = new SlaRule.Notify("investigator", "supervisor");
    /** A partner's missed deadline is the investigator's to chase, not the supervisor's to answer for. */
    static final SlaRule.Notify PARTNER_NOTIFY = new SlaRule.Notify("investigator", "investigator");

    private static final Set<String> KEYS = Set.of("id", "version", "effectiveFrom", "title", "purpose", "source",
            "agency", "subject", "start", "stop", "pause", "resume", "cancel", "extend", "deadline", "warnAt", "warn", "notify",
            "escalation", "reminders");

    private final Faults faults = new Faults();
    private final TriggerParser triggers = new TriggerParser(faults);

    Faults faults() {
        return faults;
    }

    SlaRule parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            faults.add("(file)", "must be a YAML mapping describing one rule");
            return null;
        }
        root.fieldNames().forEachRemaining(key -> {
            if (!KEYS.contains(key)) {
                faults.add(key, "unknown field (a rule has " + KEYS + ")");
            }
        });
        String id = text(root, "id");
        if (id != null && !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            faults.add("id", "must be lower-case words joined by hyphens, e.g. suspect-interview");
        }
        int version = version(root.get("version"));
        LocalDate effectiveFrom = date(root.get("effectiveFrom"));
        String title = text(root, "title");
        String purpose = text(root, "purpose");
        RuleSource source = source(root.get("source"));
        ResponsibleAgency agency = enumValue(root.get("agency"), "agency", ResponsibleAgency.class, true);
        boolean partner = agency != null && agency.partner();
        Subject subject = enumValue(root.get("subject"), "subject", Subject.class, true);
        List<Trigger> start = triggers.list(root.get("start"), "start", subject, true, false, false);
        if (start.isEmpty() && !has(root, "start")) {
            faults.add("start", "is required: the case events that start the clock");
        }
        List<Trigger> stop = triggers.list(root.get("stop"), "stop", subject, false, false, false);
        if (stop.isEmpty() && !has(root, "stop")) {
            faults.add("stop", "is required: the case events that meet the clock");
        }
        List<Trigger> pause = triggers.list(root.get("pause"), "pause", subject, false, true, false);
        List<Trigger> resume = triggers.list(root.get("resume"), "resume", subject, false, false, false);
        List<Trigger> cancel = triggers.list(root.get("cancel"), "cancel", subject, false, true, false);
        List<Trigger> extend = triggers.list(root.get("extend"), "extend", subject, false, false, true);
        Deadline deadline = deadline(root.get("deadline"));
        List<Warning> warnings = warnings(root, partner);
        SlaRule.Notify notify = notify(root.get("notify"), partner ? PARTNER_NOTIFY : DEFAULT_NOTIFY);
        List<EscalationStep> escalation = escalation(root.get("escalation"));
        if (partner && !escalation.isEmpty()) {
            faults.add("escalation", "a clock of " + agency.words() + " does not go up the police chain: when its"
                    + " deadline passes the officer holding the case is told to chase the partner");
        }
        Reminders reminders = reminders(root.get("reminders"), !escalation.isEmpty());
        if (faults.any()) {
            return null;
        }
        return new SlaRule(id, version, effectiveFrom, title, purpose, source, agency, subject, start, stop, pause, resume,
                cancel, extend, deadline, warnings, notify, escalation, reminders);
    }

    String idOf(JsonNode root) {
        return root != null && root.hasNonNull("id") ? root.get("id").asText() : null;
    }

    private String text(JsonNode node, String field) {
        return text(node, field, field);
    }

    private String text(JsonNode node, String field, String path) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || !value.isValueNode() || value.asText().isBlank()) {
            faults.add(path, "is required");
            return null;
        }
        return value.asText().trim();
    }

    private static boolean has(JsonNode node, String field) {
        return node.has(field) && !node.get(field).isNull();
    }

    private int version(JsonNode node) {
        if (node == null || !node.canConvertToInt() || node.asInt() < 1 || !node.isIntegralNumber()) {
            faults.add("version", "is required: a whole number from 1, raised with every change");
            return 0;
        }
        return node.asInt();
    }

    private LocalDate date(JsonNode node) {
        if (node == null || node.isNull()) {
            faults.add("effectiveFrom", "is required: the day (yyyy-mm-dd) from which clocks started use this version");
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            faults.add("effectiveFrom", "'" + node.asText() + "' is not a date (yyyy-mm-dd)");
            return null;
        }
    }

    private RuleSource source(JsonNode node) {
        if (node == null || !node.isObject()) {
            faults.add("source", "is required: {kind: STATUTE|GUIDANCE|INSPECTION_FINDING|LOCAL_PRACTICE, citation: ...}");
            return null;
        }
        RuleSource.Kind kind = enumValue(node.get("kind"), "source.kind", RuleSource.Kind.class, true);
        String citation = text(node, "citation", "source.citation");
        return new RuleSource(kind, citation);
    }

    private <E extends Enum<E>> E enumValue(JsonNode node, String path, Class<E> type, boolean required) {
        if (node == null || node.isNull()) {
            if (required) {
                faults.add(path, "is required: one of " + Arrays.toString(type.getEnumConstants()));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, node.asText().trim().toUpperCase().replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            faults.add(path, "'" + node.asText() + "' is not one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    private Deadline deadline(JsonNode node) {
        if (node == null || !node.isObject()) {
            faults.add("deadline", "is required: {unit: HOURS|CALENDAR_DAYS|WORKING_DAYS|MONTHS, all: N} or one amount per risk grade");
            return null;
        }
        node.fieldNames().forEachRemaining(key -> {
            if (!key.equals("unit") && !key.equals("all") && !isGrade(key)) {
                faults.add("deadline." + key, "unknown field (a deadline has unit, and all or high, medium, standard)");
            }
        });
        DeadlineUnit unit = enumValue(node.get("unit"), "deadline.unit", DeadlineUnit.class, true);
        Map<RiskGrade, Long> amounts = new EnumMap<>(RiskGrade.class);
        for (RiskGrade grade : RiskGrade.values()) {
            JsonNode amount = node.has(grade.name().toLowerCase()) ? node.get(grade.name().toLowerCase()) : node.get("all");
            String path = "deadline." + (node.has(grade.name().toLowerCase()) ? grade.name().toLowerCase() : "all");
            if (amount == null) {
                faults.add("deadline." + grade.name().toLowerCase(), "is required (or give 'all' for every risk grade)");
            } else if (!amount.canConvertToLong() || amount.asLong() <= 0 || !amount.isIntegralNumber() && !amount.isTextual()) {
                faults.add(path, "must be a positive whole number of " + (unit == null ? "units" : unit.words()));
            } else {
                amounts.put(grade, amount.asLong());
            }
        }
        return amounts.size() == RiskGrade.values().length && unit != null ? new Deadline(unit, amounts) : null;
    }

    private static boolean isGrade(String key) {
        return Arrays.stream(RiskGrade.values()).anyMatch(grade -> grade.name().toLowerCase().equals(key));
    }

    /**
     * {@code warn: [{share: 0.5}, {remaining: PT4H}]} (or {@code []}: no warning), or the older
     * {@code warnAt: [0.5, 0.75]}; neither, the default shares for a police clock and none for a
     * partner's. A partner's clock never warns the police.
     */
    private List<Warning> warnings(JsonNode root, boolean partner) {
        JsonNode warn = root.get("warn");
        JsonNode warnAt = root.get("warnAt");
        if (has(root, "warn") && has(root, "warnAt")) {
            faults.add("warn", "give warn or warnAt, not both");
            return List.of();
        }
        List<Warning> warnings = has(root, "warn") ? warn(warn)
                : has(root, "warnAt") ? warnAt(warnAt).stream().map(Warning::atShare).toList()
                : partner ? List.of() : DEFAULT_WARNINGS;
        if (partner && !warnings.isEmpty()) {
            faults.add(has(root, "warn") ? "warn" : "warnAt", "a partner's clock does not warn the police; leave it out");
        }
        return warnings;
    }

    private List<Warning> warn(JsonNode node) {
        List<Warning> warnings = new ArrayList<>();
        if (!node.isArray()) {
            faults.add("warn", "must be a list such as [{share: 0.5}, {remaining: PT4H}], or [] for none");
            return warnings;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String path = "warn[" + i + "]";
            if (item == null || !item.isObject() || item.size() != 1
                    || !(item.has("share") || item.has("remaining"))) {
                faults.add(path, "must be {share: <fraction between 0 and 1>} or {remaining: <ISO-8601 duration>}");
            } else if (item.has("share")) {
                double share = item.get("share").isNumber() ? item.get("share").asDouble() : -1;
                if (share <= 0 || share >= 1) {
                    faults.add(path + ".share", "must be a fraction between 0 and 1 (exclusive)");
                } else {
                    warnings.add(Warning.atShare(share));
                }
            } else {
                Duration remaining = duration(item.get("remaining"), path + ".remaining");
                if (remaining != null) {
                    warnings.add(Warning.whenRemaining(remaining));
                }
            }
        }
        return warnings;
    }

    private List<Double> warnAt(JsonNode node) {
        if (!node.isArray()) {
            faults.add("warnAt", "must be a list of fractions between 0 and 1, e.g. [0.5, 0.75]");
            return List.of();
        }
        List<Double> fractions = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            double fraction = item.isNumber() ? item.asDouble() : -1;
            if (fraction <= 0 || fraction >= 1) {
                faults.add("warnAt[" + i + "]", "must be a fraction between 0 and 1 (exclusive)");
            } else if (!fractions.isEmpty() && fraction <= fractions.get(fractions.size() - 1)) {
                faults.add("warnAt[" + i + "]", "must be larger than the one before");
            } else {
                fractions.add(fraction);
            }
        }
        return fractions;
    }

    private SlaRule.Notify notify(JsonNode node, SlaRule.Notify defaults) {
        if (node == null || node.isNull()) {
            return defaults;
        }
        String warning = node.hasNonNull("warning") ? node.get("warning").asText() : defaults.warning();
        String breach = node.hasNonNull("breach") ? node.get("breach").asText() : defaults.breach();
        node.fieldNames().forEachRemaining(key -> {
            if (!key.equals("warning") && !key.equals("breach")) {
                faults.add("notify." + key, "unknown field (notify has warning and breach)");
            }
        });
        return new SlaRule.Notify(warning, breach);
    }

    private List<EscalationStep> escalation(JsonNode node) {
        List<EscalationStep> steps = new ArrayList<>();
        if (node == null || node.isNull()) {
            return steps;
        }
        if (!node.isArray()) {
            faults.add("escalation", "must be a list of steps '- {to: role, after: PT24H}'");
            return steps;
        }
        for (int i = 0; i < node.size(); i++) {
            String path = "escalation[" + i + "]";
            String to = text(node.get(i), "to", path + ".to");
            Duration after = duration(node.get(i).get("after"), path + ".after");
            if (to != null && after != null) {
                steps.add(new EscalationStep(to, after));
            }
        }
        return steps;
    }

    /** After the last escalation step: {@code reminders: {every: P2D, times: 3}}; absent, none. */
    private Reminders reminders(JsonNode node, boolean hasChain) {
        if (node == null || node.isNull()) {
            return Reminders.NONE;
        }
        if (!node.isObject()) {
            faults.add("reminders", "must be a mapping '{every: P2D, times: 3}'");
            return Reminders.NONE;
        }
        if (!hasChain) {
            faults.add("reminders", "needs an escalation chain: reminders follow its last step");
        }
        node.fieldNames().forEachRemaining(key -> {
            if (!key.equals("every") && !key.equals("times")) {
                faults.add("reminders." + key, "unknown field (reminders have every and times)");
            }
        });
        Duration every = duration(node.get("every"), "reminders.every");
        JsonNode times = node.get("times");
        if (times == null || !times.isIntegralNumber() || !times.canConvertToInt() || times.asInt() < 0) {
            faults.add("reminders.times", "must be a whole number of reminders, 0 or more (at most this many)");
            return Reminders.NONE;
        }
        return every == null ? Reminders.NONE : new Reminders(every, times.asInt());
    }

    private Duration duration(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            faults.add(path, "is required: an ISO-8601 duration such as PT24H or P2D");
            return null;
        }
        try {
            Duration duration = Duration.parse(node.asText());
            if (duration.isNegative() || duration.isZero()) {
                faults.add(path, "must be longer than zero");
                return null;
            }
            return duration;
        } catch (DateTimeParseException e) {
            faults.add(path, "'" + node.asText() + "' is not an ISO-8601 duration such as PT24H or P2D");
            return null;
        }
    }
}
