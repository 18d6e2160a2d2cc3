package io.harmsway.query.replay;

import io.harmsway.cases.api.CaseEvent;
import io.harmsway.sla.api.ClockEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store's index finds a case's events by the first {@code "caseId":"} of each stored payload
 * (the V10 migration's {@code event_case_key}). That is the event's own case id only while no
 * nested object comes before it: every event about a case, case and clock events alike, names
 * its {@code caseId} after nothing but text fields. A new event type that breaks this would be
 * missing from the replay; this says so first.
 */
class CaseKeyComesFirstTest {

    @Test
    void everyEventAboutACaseNamesItsCaseIdBeforeAnyFieldThatIsNotText() {
        List<Class<?>> events = eventTypes();

        assertThat(events).hasSizeGreaterThan(40);
        assertThat(events).allSatisfy(type -> {
            List<RecordComponent> components = Arrays.asList(type.getRecordComponents());
            int caseId = components.stream().map(RecordComponent::getName).toList().indexOf("caseId");
            assertThat(caseId).as(type.getSimpleName() + " has a caseId").isNotNegative();
            assertThat(components.subList(0, caseId)).as(type.getSimpleName() + ": fields before caseId")
                    .allSatisfy(component -> assertThat(component.getType()).isEqualTo(String.class));
        });
    }

    private static List<Class<?>> eventTypes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(CaseEvent.class));
        return List.of(CaseEvent.class.getPackageName(), ClockEvent.class.getPackageName()).stream()
                .flatMap(pkg -> scanner.findCandidateComponents(pkg).stream())
                .map(BeanDefinition::getBeanClassName)
                .<Class<?>>map(CaseKeyComesFirstTest::load)
                .filter(Class::isRecord)
                .toList();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
