package io.harmsway.query.inspection;

import java.util.List;
import java.util.Optional;

import static io.harmsway.query.inspection.ClockStates.breached;
import static io.harmsway.query.inspection.ClockStates.breachedStillOpen;
import static io.harmsway.query.inspection.ClockStates.cancelled;
import static io.harmsway.query.inspection.ClockStates.metLate;
import static io.harmsway.query.inspection.ClockStates.metOnTime;
import static io.harmsway.query.inspection.ClockStates.open;
import static io.harmsway.query.inspection.ClockStates.pausedSeconds;
import static io.harmsway.query.inspection.ClockStates.seconds;
import static io.harmsway.query.inspection.ClockStates.warningHeeded;
import static io.harmsway.query.inspection.Measure.count;
import static io.harmsway.query.inspection.Measure.time;

/** Every inspection figure, in the order of the list (each defined in docs/inspection.md). */
final class FigureCatalogue {

    static final String CASES = "inspection_case c";
    static final String CLOCKS = "inspection_clock k join inspection_case c on c.case_id = k.case_id";
    static final String ENTRIES = "inspection_entry e join inspection_case c on c.case_id = e.case_id";

    private static final String WEEK = "604800";
    // Written so that the planner estimates it from the column's statistics: as coalesce(...) = 'POLICE' it
    // guessed a few dozen rows of 840,000 and chose a nested loop that ran for minutes at national scale.
    private static final String POLICE_BREACH = "k.breached_at is not null and (k.agency is null or k.agency = 'POLICE')";
    private static final List<String> RISK_GRADES = List.of("HIGH", "MEDIUM", "STANDARD");
    private static final List<String> GRADES = List.of("GOOD", "ADEQUATE", "INADEQUATE");

    static final List<FigureFamily> FAMILIES = List.of(
            FigureFamily.grouped("interview", CLOCKS, "k.rule_id = 'suspect-interview' and not " + cancelled("k"),
                    "c.risk_grade", RISK_GRADES, List.of(
                            count("identified", "suspects identified", "true"),
                            time("interviewed", "suspects interviewed: time from identification to interview",
                                    "k.met", seconds("k.ended_at", "k.started_at")),
                            count("overDeadline", "suspects interviewed after the deadline or not yet and past it",
                                    breached("k")),
                            time("waiting", "suspects not yet interviewed: time waiting so far", open("k"),
                                    seconds("asof.now", "k.started_at")))),
            FigureFamily.of("referral", CASES, "true", List.of(
                    time("toStrategyDiscussion", "referral to the first strategy discussion",
                            "c.first_strategy_at is not null", seconds("c.first_strategy_at", "c.referred_at")),
                    time("toRiskAssessment", "referral to the first risk assessment",
                            "c.first_risk_assessment_at is not null",
                            seconds("c.first_risk_assessment_at", "c.referred_at")),
                    time("toChildAccount", "referral to the child's account (the first ABE interview)",
                            "c.first_abe_at is not null", seconds("c.first_abe_at", "c.referred_at")),
                    time("toMedical", "referral to a child protection medical, sexual abuse alleged with physical"
                                    + " symptoms", "c.allegation = 'SEXUAL_ABUSE' and c.physical_symptoms"
                                    + " and c.first_medical_at is not null",
                            seconds("c.first_medical_at", "c.referred_at")))),
            FigureFamily.of("missing", CASES, "true", List.of(
                    count("strategyWithoutHealth", "strategy discussions without health where a medical may be"
                            + " needed (physical symptoms)", "c.physical_symptoms and c.strategy_without_health > 0"),
                    count("noMedical", "sexual abuse alleged with physical symptoms and no medical",
                            "c.allegation = 'SEXUAL_ABUSE' and c.physical_symptoms and c.first_medical_at is null"),
                    count("noChildAccount", "no account from the child recorded (no ABE interview, no views)",
                            "c.first_account_at is null"),
                    count("noRiskAssessment", "no risk assessment", "c.first_risk_assessment_at is null"),
                    count("noRiskAssessmentAfterChange", "no risk assessment after the latest change of facts",
                            "c.first_risk_assessment_at is not null"
                                    + " and c.last_fact_change_at > c.last_risk_assessment_at"))),
            FigureFamily.of("missing", CLOCKS, "k.rule_id = 'safeguarding-other-children'", List.of(
                    count("suspectNotSafeguarded", "suspects with access to children and no safeguarding of them",
                            open("k")))),
            FigureFamily.grouped("rule", CLOCKS, "true", "k.rule_id", List.of(), List.of(
                    count("started", "clocks started", "true"),
                    count("metOnTime", "met on time", metOnTime("k")),
                    time("metLate", "met late (by how much)", metLate("k"), "k.late_by_seconds"),
                    count("breached", "breached (met late, breached and never met, or still open past the"
                            + " deadline)", breached("k")),
                    count("breachedStillOpen", "breached and still open", breachedStillOpen("k")),
                    count("cancelled", "cancelled (no longer applied)", cancelled("k")),
                    time("paused", "paused (for how long in all)", "k.pauses > 0", pausedSeconds("k")),
                    count("warned", "warned before the deadline", "k.warned_at is not null"),
                    count("warningHeeded", "met on time after a warning", warningHeeded("k")))),
            FigureFamily.of("supervision", CLOCKS, POLICE_BREACH, List.of(
                    count("breaches", "police clocks breached (a breach raised)", "true"),
                    time("acknowledged", "breaches acknowledged: time from breach to acknowledgement",
                            "k.acknowledged_at is not null", seconds("k.acknowledged_at", "k.breached_at")),
                    count("acknowledgedWithinWorkingDay", "breaches acknowledged within a working day",
                            "coalesce(k.ack_within_working_day, false)"),
                    count("notAcknowledged", "breaches never acknowledged", "k.acknowledged_at is null"),
                    count("escalated", "breaches escalated", "k.escalation_level > 0"))),
            FigureFamily.grouped("escalatedTo", CLOCKS, POLICE_BREACH + " and k.escalation_level > 0",
                    "k.escalated_to", List.of(), List.of(
                            count("breaches", "breaches escalated, by the highest step reached", "true"))),
            FigureFamily.of("records", ENTRIES, "true", List.of(
                    time("recordingLag", "officers' entries: time from the action to its record",
                            "e.event_type <> 'EntryCorrected'", "e.lag_seconds"),
                    count("recordedOverAWeekLate", "entries recorded more than a week after the action",
                            "e.event_type <> 'EntryCorrected' and e.lag_seconds > " + WEEK),
                    count("corrections", "corrections of an entry", "e.event_type = 'EntryCorrected'"))),
            FigureFamily.of("victims", CLOCKS, "k.rule_id = 'victim-update'", List.of(
                    count("keyEvents", "key events the child victim must be told of (victim-update clocks)", "true"),
                    count("toldInTime", "told within the Victims' Code's time", metOnTime("k")),
                    time("toldLate", "told late (by how much)", metLate("k"), "k.late_by_seconds"),
                    count("notTold", "not told (still waiting, or the case closed first)", "not k.met"))),
            FigureFamily.grouped("grading", CASES, "c.grade is not null", "c.grade", GRADES, List.of(
                    count("graded", "case files graded", "true"),
                    count("withABreach", "graded files with a breached clock", exists(breached("b"))),
                    count("interviewOverDeadline", "graded files with a suspect interview over its deadline",
                            exists("b.rule_id = 'suspect-interview' and " + breached("b"))),
                    count("noChildAccount", "graded files with no account from the child", "c.first_account_at is null"),
                    count("noRiskAssessment", "graded files with no risk assessment",
                            "c.first_risk_assessment_at is null"))));

    private FigureCatalogue() {
    }

    private static String exists(String clockPredicate) {
        return "exists (select 1 from inspection_clock b where b.case_id = c.case_id and " + clockPredicate + ")";
    }

    /** The family and measure a key names, and the group value it names (null for an ungrouped family). */
    record Located(FigureFamily family, Measure measure, String groupValue) {
    }

    static Optional<Located> locate(String key) {
        if (key == null) {
            return Optional.empty();
        }
        for (FigureFamily family : FAMILIES) {
            String prefix = family.group() + ".";
            if (!key.startsWith(prefix)) {
                continue;
            }
            String rest = key.substring(prefix.length());
            for (Measure measure : family.measures()) {
                if (family.groupBy() == null && rest.equals(measure.name())) {
                    return Optional.of(new Located(family, measure, null));
                }
                String suffix = "." + measure.name();
                if (family.groupBy() != null && rest.endsWith(suffix) && rest.length() > suffix.length()) {
                    return Optional.of(new Located(family, measure, rest.substring(0, rest.length() - suffix.length())));
                }
            }
        }
        return Optional.empty();
    }
}
