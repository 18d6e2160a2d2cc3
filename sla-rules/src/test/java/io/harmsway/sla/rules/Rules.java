package io.harmsway.sla.rules;

import io.harmsway.sla.calendar.WorkingCalendar;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** Rule files for tests, read the way the application reads them. */
public final class Rules {

    public static final WorkingCalendar CALENDAR = new WorkingCalendar(Set.of(
            LocalDate.parse("2026-04-03"), LocalDate.parse("2026-04-06"), LocalDate.parse("2026-05-04")));

    private Rules() {
    }

    public static RuleFileReader reader(Map<String, Object> settings) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
        return new RuleFileReader(environment::resolveRequiredPlaceholders);
    }

    public static SlaRule read(String yaml) {
        return reader(Map.of()).read("test.yaml", yaml);
    }

    /** The reminders after the last escalation step of {@link #SUSPECT_INTERVIEW}. */
    public static final String REMINDERS = "reminders: {every: P2D, times: 3}\n";

    /**
     * A suspect-interview rule: 7/14/28 calendar days, warnings at 50% and 75%, two escalation steps,
     * then three reminders two days apart.
     */
    public static final String SUSPECT_INTERVIEW = """
            id: suspect-interview
            version: 1
            effectiveFrom: 2015-01-01
            title: Suspect interviewed
            purpose: Interview suspects promptly.
            source: {kind: INSPECTION_FINDING, citation: "HMIC 2015"}
            agency: POLICE
            subject: SUSPECT
            start: [SuspectIdentified]
            stop: [SuspectInterviewed]
            deadline: {unit: CALENDAR_DAYS, high: 7, medium: 14, standard: 28}
            escalation:
              - {to: detective inspector, after: PT24H}
              - {to: detective chief inspector, after: P2D}
            """ + REMINDERS;
}
