package io.harmsway.sla.rules;

import io.harmsway.sla.calendar.WorkingCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every version of every rule, listed in one place, with the working-day calendar they count by.
 * Which version applies is decided by the day (in England and Wales) a clock starts.
 */
public record RuleCatalogue(List<SlaRule> versions, WorkingCalendar calendar) {

    public RuleCatalogue {
        versions = versions.stream()
                .sorted(Comparator.comparing(SlaRule::id).thenComparing(SlaRule::version))
                .toList();
    }

    /** The versions in force at that moment: for each rule, the latest whose effective date has come. */
    public List<SlaRule> inForceAt(Instant moment) {
        LocalDate day = moment.atZone(WorkingCalendar.ENGLAND_AND_WALES).toLocalDate();
        Map<String, Optional<SlaRule>> latest = versions.stream()
                .filter(rule -> rule.inForceOn(day))
                .collect(Collectors.groupingBy(SlaRule::id,
                        Collectors.maxBy(Comparator.comparing(SlaRule::effectiveFrom)
                                .thenComparing(SlaRule::version))));
        return latest.values().stream().flatMap(Optional::stream)
                .sorted(Comparator.comparing(SlaRule::id)).toList();
    }

    /**
     * Every event type a trigger of any version names (to start, stop, cancel, pause, resume or
     * extend a clock): an event of another type cannot act on a clock under this catalogue.
     */
    public Set<String> eventTypesNamed() {
        return versions.stream()
                .flatMap(rule -> Stream.of(rule.start(), rule.stop(), rule.cancel(), rule.pause(),
                        rule.resume(), rule.extend()))
                .flatMap(List::stream)
                .map(Trigger::event)
                .collect(Collectors.toUnmodifiableSet());
    }

    public Optional<SlaRule> version(String ruleId, int version) {
        return versions.stream().filter(rule -> rule.id().equals(ruleId) && rule.version() == version).findFirst();
    }

    /** The newest version of a rule, whatever its effective date. */
    public Optional<SlaRule> latest(String ruleId) {
        return versions.stream().filter(rule -> rule.id().equals(ruleId)).reduce((a, b) -> b);
    }
}
