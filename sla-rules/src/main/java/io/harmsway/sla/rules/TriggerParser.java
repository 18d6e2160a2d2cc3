package io.harmsway.sla.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.cases.api.format.CaseEventTypes;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a list of triggers ({@code - event: Name} with optional {@code when}, {@code reason},
 * {@code by}) and checks each against the case events that exist and the fields they carry.
 */
final class TriggerParser {

    private static final Set<String> KEYS = Set.of("event", "when", "reason", "by", "from");

    private final Faults faults;

    TriggerParser(Faults faults) {
        this.faults = faults;
    }

    List<Trigger> list(JsonNode node, String path, Subject subject, boolean startsClocks, boolean needsReason,
                       boolean needsAmount) {
        List<Trigger> triggers = new ArrayList<>();
        if (node == null || node.isNull()) {
            return triggers;
        }
        if (!node.isArray()) {
            faults.add(path, "must be a list of triggers ('- event: Name')");
            return triggers;
        }
        for (int i = 0; i < node.size(); i++) {
            Trigger trigger = trigger(node.get(i), path + "[" + i + "]", subject, startsClocks, needsReason, needsAmount);
            if (trigger != null) {
                triggers.add(trigger);
            }
        }
        return triggers;
    }

    private Trigger trigger(JsonNode node, String path, Subject subject, boolean startsClocks, boolean needsReason,
                            boolean needsAmount) {
        if (node.isTextual()) {
            return trigger(node.textValue(), Map.of(), null, 0, path, subject, startsClocks, needsReason, needsAmount);
        }
        if (!node.isObject()) {
            faults.add(path, "must be an event name or '{event: Name, when: {...}}'");
            return null;
        }
        node.fieldNames().forEachRemaining(key -> {
            if (!KEYS.contains(key)) {
                faults.add(path + "." + key, "unknown field (a trigger has " + KEYS + ")");
            }
        });
        Map<String, Condition> when = conditions(node.get("when"), path + ".when");
        String reason = node.hasNonNull("reason") ? node.get("reason").asText() : null;
        long amount = 0;
        if (node.has("by")) {
            if (!node.get("by").canConvertToLong() || node.get("by").asLong() <= 0) {
                faults.add(path + ".by", "must be a positive whole number of deadline units");
            } else {
                amount = node.get("by").asLong();
            }
        }
        String event = node.hasNonNull("event") ? node.get("event").asText() : null;
        Trigger trigger = trigger(event, when, reason, amount, path, subject, startsClocks, needsReason, needsAmount);
        String from = node.hasNonNull("from") ? node.get("from").asText() : null;
        if (trigger == null || from == null) {
            return trigger;
        }
        if (!startsClocks) {
            faults.add(path + ".from", "only a starting trigger says what its clock counts from");
        } else if (!from.startsWith(Trigger.CASE_PREFIX)
                || !TriggerFields.momentFacts().contains(from.substring(Trigger.CASE_PREFIX.length()))) {
            faults.add(path + ".from", "must name a moment the case keeps, one of "
                    + TriggerFields.momentFacts().stream().map(fact -> Trigger.CASE_PREFIX + fact).toList());
        }
        return new Trigger(trigger.event(), trigger.when(), trigger.reason(), trigger.extendBy(), from);
    }

    private Trigger trigger(String event, Map<String, Condition> when, String reason, long amount, String path,
                            Subject subject, boolean startsClocks, boolean needsReason, boolean needsAmount) {
        if (event == null || event.isBlank()) {
            faults.add(path + ".event", "is required: the simple name of a case event");
            return null;
        }
        var type = CaseEventTypes.named(event);
        if (type.isEmpty()) {
            faults.add(path + ".event", "no case event is named '" + event + "'");
            return null;
        }
        Set<String> fields = TriggerFields.fieldsOf(type.get());
        Set<String> caseFacts = TriggerFields.caseFacts();
        when.keySet().forEach(field -> {
            boolean known = field.startsWith(Trigger.CASE_PREFIX)
                    ? caseFacts.contains(field.substring(Trigger.CASE_PREFIX.length()))
                    : fields.contains(field);
            if (!known) {
                faults.add(path + ".when." + field, field.startsWith(Trigger.CASE_PREFIX)
                        ? "the case has no fact '" + field.substring(Trigger.CASE_PREFIX.length()) + "' (it has " + caseFacts + ")"
                        : event + " has no field '" + field + "' (it has " + fields + ")");
            }
        });
        if (startsClocks && subject != null && subject.idField() != null && !fields.contains(subject.idField())) {
            faults.add(path + ".event", event + " names no " + subject.idField() + ", so it cannot start a clock for a "
                    + subject.name().toLowerCase());
        }
        if (needsReason && (reason == null || reason.isBlank())) {
            faults.add(path + ".reason", "is required: a pause or cancellation always says why");
        }
        if (needsAmount && amount == 0) {
            faults.add(path + ".by", "is required: how many deadline units the extension adds");
        }
        return new Trigger(event, when, reason, amount);
    }

    private Map<String, Condition> conditions(JsonNode node, String path) {
        Map<String, Condition> conditions = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return conditions;
        }
        if (!node.isObject()) {
            faults.add(path, "must map field names to values, e.g. {allegation: SEXUAL_ABUSE}");
            return conditions;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            Condition condition = condition(field.getValue(), path + "." + field.getKey());
            if (condition != null) {
                conditions.put(field.getKey(), condition);
            }
        }
        return conditions;
    }

    private Condition condition(JsonNode value, String path) {
        if (value.isValueNode()) {
            return new Condition(Condition.Operator.EQUALS, List.of(value.asText()));
        }
        if (value.isObject() && value.size() == 1) {
            String name = value.fieldNames().next();
            JsonNode operand = value.get(name);
            Condition.Operator operator;
            try {
                operator = Condition.Operator.valueOf(name.toUpperCase());
            } catch (IllegalArgumentException e) {
                faults.add(path, "unknown test '" + name + "' (use a value, or not, in, contains, excludes)");
                return null;
            }
            if (operator == Condition.Operator.IN) {
                if (!operand.isArray() || operand.isEmpty()) {
                    faults.add(path + ".in", "must be a non-empty list of values");
                    return null;
                }
                List<String> values = new ArrayList<>();
                operand.forEach(item -> values.add(item.asText()));
                return new Condition(operator, values);
            }
            if (!operand.isValueNode()) {
                faults.add(path + "." + name, "must be a single value");
                return null;
            }
            return new Condition(operator, List.of(operand.asText()));
        }
        faults.add(path, "must be a value or one test such as {not: X}, {in: [X, Y]}, {contains: X}, {excludes: X}");
        return null;
    }
}
