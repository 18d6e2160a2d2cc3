package io.harmsway.ops.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every request body builds its own command, so an HTTP endpoint and a page share one mapping:
 * each field of the body and each id the caller adds (case, child, suspect, clock, team) reaches
 * the command's field of the same name, and the command has no field left over.
 */
class RequestToCommandTest {

    private static final Instant SAMPLE_TIME = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void everyRequestBodyBuildsACommandOfAnApiPackage() {
        assertThat(requestTypes()).hasSizeGreaterThanOrEqualTo(27).allSatisfy(request ->
                assertThat(mappings(request)).as("the commands " + request.getSimpleName() + " builds")
                        .isNotEmpty()
                        .allSatisfy(mapping -> assertThat(mapping.getReturnType().getPackageName()).endsWith(".api")));
    }

    @Test
    void everyFieldOfTheBodyAndEveryIdOfTheCallerReachesTheCommandUnderItsName() throws Exception {
        for (Class<?> request : requestTypes()) {
            Map<String, Object> body = samples(request);
            Object instance = request.getDeclaredConstructor(Arrays.stream(request.getRecordComponents())
                    .map(RecordComponent::getType).toArray(Class<?>[]::new)).newInstance(body.values().toArray());
            for (Method mapping : mappings(request)) {
                Map<String, Object> expected = new HashMap<>(body);
                Parameter[] ids = mapping.getParameters();
                Object[] arguments = new Object[ids.length];
                for (int i = 0; i < ids.length; i++) {
                    arguments[i] = ids[i].getName() + " given by the caller";
                    expected.put(ids[i].getName(), arguments[i]);
                }

                Object command = mapping.invoke(instance, arguments);

                assertThat(fieldsOf(command)).as(request.getSimpleName() + "." + mapping.getName())
                        .containsExactlyInAnyOrderEntriesOf(expected);
            }
        }
    }

    private static List<Class<?>> requestTypes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*Request")));
        return scanner.findCandidateComponents(RequestToCommandTest.class.getPackageName()).stream()
                .map(BeanDefinition::getBeanClassName).<Class<?>>map(RequestToCommandTest::load)
                .filter(Class::isRecord).toList();
    }

    /** The methods that build a command: public, named {@code to...}, answering a record. */
    private static List<Method> mappings(Class<?> request) {
        return Arrays.stream(request.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers()))
                .filter(method -> method.getName().startsWith("to") && method.getReturnType().isRecord())
                .toList();
    }

    /** A distinct value for every field of the body, in the order of its components. */
    private static Map<String, Object> samples(Class<?> request) {
        Map<String, Object> samples = new LinkedHashMap<>();
        RecordComponent[] components = request.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            samples.put(components[i].getName(), sample(components[i], i));
        }
        return samples;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object sample(RecordComponent component, int index) {
        Class<?> type = component.getType();
        if (type == String.class) {
            return component.getName() + " as written";
        }
        if (type == Instant.class) {
            return SAMPLE_TIME.plus(index, ChronoUnit.DAYS);
        }
        if (type == Integer.class) {
            return 10 + index;
        }
        if (type == Boolean.class) {
            return Boolean.TRUE;
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[constants.length - 1];
        }
        if (type == Set.class) {
            return EnumSet.allOf((Class) elementType(component));
        }
        if (type == Map.class) {
            return Map.of(component.getName(), "as written");
        }
        return fail("no sample value for " + component + " of type " + type);
    }

    private static Class<?> elementType(RecordComponent component) {
        Type element = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
        return (Class<?>) element;
    }

    private static Map<String, Object> fieldsOf(Object command) throws Exception {
        Map<String, Object> fields = new HashMap<>();
        for (RecordComponent component : command.getClass().getRecordComponents()) {
            fields.put(component.getName(), component.getAccessor().invoke(command));
        }
        return fields;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
