package io.harmsway.ops.pages.forms;

import io.harmsway.ops.pages.LondonTime;
import io.harmsway.ops.pages.forms.FormField.Kind;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.util.MultiValueMap;

import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds a posted form into the API's request record and checks it with the API's validator (the
 * same Bean Validation constraints, {@code @PlausibleTime}, the text rules): what the API would
 * refuse with a 400, the form refuses field by field, in words. A field the form cannot even read
 * (a number that is not one, a date that does not exist, the hour London's clocks skip) is refused
 * here, before the record is checked.
 */
public class FormBinding {

    private final Validator validator;
    private final LondonTime time;

    public FormBinding(Validator validator, LondonTime time) {
        this.validator = validator;
        this.time = time;
    }

    public Bound bind(Class<? extends Record> type, MultiValueMap<String, String> form) {
        List<FormField> fields = FormFields.of(type);
        List<FieldProblem> problems = new ArrayList<>();
        List<String> askPass = new ArrayList<>();
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = read(fields.get(i), components[i], form, problems, askPass);
        }
        Record request = construct(type, components, values);
        Set<String> unreadable = new LinkedHashSet<>(problems.stream().map(FieldProblem::field).toList());
        for (ConstraintViolation<Record> violation : validator.validate(request)) {
            String name = violation.getPropertyPath().iterator().next().getName();
            if (unreadable.add(name)) {
                FormField field = fields.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
                problems.add(new FieldProblem(name, field.focusId(), message(field, violation)));
            }
        }
        problems.sort((a, b) -> Integer.compare(indexOf(fields, a.field()), indexOf(fields, b.field())));
        return new Bound(request, List.copyOf(problems), List.copyOf(askPass));
    }

    private Object read(FormField field, RecordComponent component, MultiValueMap<String, String> form,
                        List<FieldProblem> problems, List<String> askPass) {
        String name = field.name();
        String value = blankToNull(form.getFirst(name));
        switch (field.kind()) {
            case TEXT:
                return value;
            case TEXTAREA:
                return value == null ? null : value.replace("\r\n", "\n");
            case NUMBER:
                if (value == null) {
                    return null;
                }
                try {
                    return Integer.valueOf(value.trim());
                } catch (NumberFormatException notANumber) {
                    problems.add(problem(field, "enter a whole number, like 7"));
                    return null;
                }
            case YES_NO:
                if (value == null || value.equals("true") || value.equals("false")) {
                    return value == null ? null : Boolean.valueOf(value);
                }
                problems.add(problem(field, "choose yes or no"));
                return null;
            case ONE_OF:
                return value == null ? null : constant(field, component.getType(), value, problems);
            case ANY_OF:
                Set<Object> chosen = new LinkedHashSet<>();
                for (String each : form.getOrDefault(name, List.of())) {
                    chosen.add(constant(field, FormFields.elementType(component), each, problems));
                }
                chosen.remove(null);
                return chosen;
            case LONDON_TIME:
                return londonTime(field, form, problems, askPass);
            case FIELD_AND_VALUE:
                String key = blankToNull(form.getFirst(name + "-field"));
                String corrected = form.getFirst(name + "-value");
                return key == null ? Map.of() : Map.of(key.trim(), corrected == null ? "" : corrected.trim());
            default:
                throw new IllegalStateException("no reading for " + field.kind());
        }
    }

    private Object londonTime(FormField field, MultiValueMap<String, String> form, List<FieldProblem> problems,
                              List<String> askPass) {
        String name = field.name();
        String day = form.getFirst(name + "-day");
        String month = form.getFirst(name + "-month");
        String year = form.getFirst(name + "-year");
        String clock = form.getFirst(name + "-time");
        if (!field.required() && Arrays.stream(new String[]{day, month, year, clock}).allMatch(s -> blankToNull(s) == null)) {
            return null;
        }
        String pass = blankToNull(form.getFirst(name + "-pass"));
        LondonTime.Reading reading = time.read(day, month, year, clock,
                pass == null ? null : "SECOND".equals(pass) ? LondonTime.Pass.SECOND : LondonTime.Pass.FIRST);
        if (reading.instant().isEmpty()) {
            problems.add(problem(field, reading.problem()));
            if (reading.ambiguous()) {
                askPass.add(name);
            }
            return null;
        }
        return reading.instant().get();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object constant(FormField field, Class<?> type, String value, List<FieldProblem> problems) {
        try {
            return Enum.valueOf((Class<Enum>) type, value);
        } catch (IllegalArgumentException notOne) {
            problems.add(problem(field, "choose one of the options given"));
            return null;
        }
    }

    private static Record construct(Class<? extends Record> type, RecordComponent[] components, Object[] values) {
        try {
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName() + " from a form", e);
        }
    }

    private static String message(FormField field, ConstraintViolation<Record> violation) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        boolean missing = constraint instanceof NotNull || constraint instanceof NotBlank || constraint instanceof NotEmpty;
        if (missing) {
            return said(field.label(), switch (field.kind()) {
                case YES_NO -> "choose yes or no";
                case ONE_OF -> "choose one";
                case ANY_OF -> "choose at least one";
                case LONDON_TIME -> "enter the date and time";
                default -> "enter it";
            });
        }
        return said(field.label(), violation.getMessage());
    }

    static FieldProblem problem(FormField field, String message) {
        return new FieldProblem(field.name(), field.focusId(), said(field.label(), message));
    }

    /** "Decision: enter it"; after a question, "Was a doctor present? Choose yes or no". */
    public static String said(String label, String problem) {
        return label.endsWith("?") && !problem.isEmpty()
                ? label + " " + Character.toUpperCase(problem.charAt(0)) + problem.substring(1)
                : label + ": " + problem;
    }

    private static int indexOf(List<FormField> fields, String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        return fields.size();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
