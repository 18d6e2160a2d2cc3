package io.harmsway.ops.pages.forms;

import io.harmsway.ops.pages.forms.FormField.Choice;
import io.harmsway.ops.pages.forms.FormField.Kind;
import io.harmsway.ops.web.validation.MultiLineText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fields of a request record as a form shows them, read from its components: the type says the
 * kind of input, the constraints whether it is required and how long it may be, the OpenAPI
 * description the hint. Labels are the component's name in words, or a better one from {@link #LABELS}.
 */
public final class FormFields {

    /** Where the component's name in words would read badly. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("occurredAt", "When it happened"),
            Map.entry("childAgeYears", "Child's age in years"),
            Map.entry("ageYears", "Child's age in years"),
            Map.entry("reportedVia", "How it was reported (optional)"),
            Map.entry("reportedBy", "Who reported it (optional)"),
            Map.entry("physicalSymptoms", "Does the child show physical symptoms?"),
            Map.entry("hasAccessToChildren", "Does the suspect have access to children?"),
            Map.entry("doctorPresent", "Was a doctor present?"),
            Map.entry("section47Enquiry", "Did it decide a section 47 enquiry?"),
            Map.entry("underCaution", "Was the interview under caution?"),
            Map.entry("plannedFor", "When the interview is planned for"),
            Map.entry("bailEndsAt", "When bail ends"),
            Map.entry("correctedEventId", "Entry to correct (its id, from the case's timeline)"),
            Map.entry("correctedValues", "What to correct"),
            Map.entry("toTeam", "Team to transfer to"),
            Map.entry("toOfficer", "Officer of that team"),
            Map.entry("riskGrade", "Risk to the child"),
            Map.entry("reason", "Reason"));

    private static final Map<Class<?>, List<FormField>> KNOWN = new ConcurrentHashMap<>();

    private FormFields() {
    }

    public static List<FormField> of(Class<? extends Record> request) {
        return KNOWN.computeIfAbsent(request, type -> Arrays.stream(type.getRecordComponents())
                .map(FormFields::field).toList());
    }

    private static FormField field(RecordComponent component) {
        Class<?> type = component.getType();
        Kind kind = kindOf(component);
        Size size = component.getAnnotation(Size.class);
        boolean required = component.isAnnotationPresent(NotNull.class) || component.isAnnotationPresent(NotBlank.class)
                || component.isAnnotationPresent(NotEmpty.class);
        Schema schema = component.getAnnotation(Schema.class);
        String hint = schema == null || schema.description().isBlank() ? null : capitalised(schema.description());
        if (kind == Kind.NUMBER && component.isAnnotationPresent(Max.class)) {
            hint = "0 to " + component.getAnnotation(Max.class).value();
        }
        if (kind == Kind.TEXT || kind == Kind.TEXTAREA) {
            hint = schema == null || schema.example().isBlank() ? hint : "For example: " + schema.example();
        }
        List<Choice> choices = switch (kind) {
            case YES_NO -> List.of(new Choice("true", "Yes"), new Choice("false", "No"));
            case ONE_OF -> choices(type);
            case ANY_OF -> choices(elementType(component));
            default -> List.of();
        };
        boolean bounded = size != null && size.max() < Integer.MAX_VALUE && (kind == Kind.TEXT || kind == Kind.TEXTAREA);
        return new FormField(component.getName(), label(component.getName()), hint, kind, choices,
                bounded ? size.max() : null, required);
    }

    private static Kind kindOf(RecordComponent component) {
        Class<?> type = component.getType();
        if (type == Instant.class) {
            return Kind.LONDON_TIME;
        }
        if (type == Boolean.class) {
            return Kind.YES_NO;
        }
        if (type == Integer.class) {
            return Kind.NUMBER;
        }
        if (type.isEnum()) {
            return Kind.ONE_OF;
        }
        if (Set.class.isAssignableFrom(type)) {
            return Kind.ANY_OF;
        }
        if (Map.class.isAssignableFrom(type)) {
            return Kind.FIELD_AND_VALUE;
        }
        return component.isAnnotationPresent(MultiLineText.class) ? Kind.TEXTAREA : Kind.TEXT;
    }

    static Class<?> elementType(RecordComponent component) {
        return (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
    }

    private static List<Choice> choices(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(constant -> new Choice(((Enum<?>) constant).name(), words(((Enum<?>) constant).name())))
                .toList();
    }

    static String label(String name) {
        return LABELS.getOrDefault(name, capitalised(name.replaceAll("([a-z0-9])([A-Z])", "$1 $2")
                .toLowerCase(Locale.UK)));
    }

    private static String words(String constant) {
        return capitalised(constant.replace('_', ' ').toLowerCase(Locale.UK)).replace("Cps", "CPS")
                .replace("childrens", "children's");
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
