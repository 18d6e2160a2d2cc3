package io.harmsway.sla.rules;

import io.harmsway.cases.api.RiskGrade;
import io.harmsway.sla.api.RuleRejected;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleFileReaderTest {

    @Test
    void readsEveryPartOfARule() {
        SlaRule rule = Rules.read(Rules.SUSPECT_INTERVIEW);

        assertThat(rule.id()).isEqualTo("suspect-interview");
        assertThat(rule.version()).isEqualTo(1);
        assertThat(rule.effectiveFrom()).isEqualTo(LocalDate.parse("2015-01-01"));
        assertThat(rule.source().kind()).isEqualTo(RuleSource.Kind.INSPECTION_FINDING);
        assertThat(rule.subject()).isEqualTo(Subject.SUSPECT);
        assertThat(rule.start()).extracting(Trigger::event).containsExactly("SuspectIdentified");
        assertThat(rule.deadline().unit()).isEqualTo(DeadlineUnit.CALENDAR_DAYS);
        assertThat(rule.deadline().amount(RiskGrade.HIGH)).isEqualTo(7);
        assertThat(rule.deadline().amount(RiskGrade.STANDARD)).isEqualTo(28);
        assertThat(rule.warnings()).containsExactly(Warning.atShare(0.5), Warning.atShare(0.75));
        assertThat(rule.agency()).isEqualTo(ResponsibleAgency.POLICE);
        assertThat(rule.notifies()).isEqualTo(new SlaRule.Notify("investigator", "supervisor"));
        assertThat(rule.escalation()).containsExactly(new EscalationStep("detective inspector", Duration.ofHours(24)),
                new EscalationStep("detective chief inspector", Duration.ofDays(2)));
        assertThat(rule.reminders()).isEqualTo(new Reminders(Duration.ofDays(2), 3));
    }

    @Test
    void readsRemindersAsSettingsAndWithoutThemTheChainStopsAtItsLastStep() {
        String yaml = Rules.SUSPECT_INTERVIEW.replace(Rules.REMINDERS,
                "reminders: {every: '${harmsway.sla.reminders.every:P2D}', times: ${harmsway.sla.reminders.times:3}}\n");

        assertThat(Rules.reader(Map.of("harmsway.sla.reminders.times", "1")).read("f.yaml", yaml).reminders())
                .isEqualTo(new Reminders(Duration.ofDays(2), 1));
        assertThat(Rules.read(Rules.SUSPECT_INTERVIEW.replace(Rules.REMINDERS, "")).reminders()).isEqualTo(Reminders.NONE);
    }

    @Test
    void rejectsRemindersWithoutABoundOrAnInterval() {
        String yaml = Rules.SUSPECT_INTERVIEW.replace(Rules.REMINDERS, "reminders: {every: P0D, times: -1, until: ever}\n");

        assertThat(catchRejected(yaml).faults()).extracting(RuleRejected.Fault::field)
                .containsExactlyInAnyOrder("reminders.until", "reminders.every", "reminders.times");
    }

    @Test
    void numbersCanBeSettingsWithDefaults() {
        String yaml = Rules.SUSPECT_INTERVIEW.replace("high: 7", "high: ${harmsway.sla.interview.high:7}");

        assertThat(Rules.reader(Map.of()).read("f.yaml", yaml).deadline().amount(RiskGrade.HIGH)).isEqualTo(7);
        assertThat(Rules.reader(Map.of("harmsway.sla.interview.high", "3")).read("f.yaml", yaml)
                .deadline().amount(RiskGrade.HIGH)).isEqualTo(3);
    }

    @Test
    void rejectsUnknownEventNamingFileRuleAndField() {
        String yaml = Rules.SUSPECT_INTERVIEW.replace("stop: [SuspectInterviewed]", "stop: [SuspectInterviewd]");

        assertThatThrownBy(() -> Rules.reader(Map.of()).read("suspect-interview.v1.yaml", yaml))
                .isInstanceOf(RuleRejected.class)
                .hasMessageContaining("suspect-interview.v1.yaml")
                .hasMessageContaining("rule 'suspect-interview'")
                .hasMessageContaining("stop[0].event: no case event is named 'SuspectInterviewd'");
    }

    @Test
    void reportsEveryFaultAtOnce() {
        String yaml = Rules.SUSPECT_INTERVIEW
                .replace("standard: 28", "standard: -1")
                .replace("subject: SUSPECT", "subject: WITNESS")
                .replace("title: Suspect interviewed\n", "colour: blue\n");

        RuleRejected rejected = catchRejected(yaml);

        assertThat(rejected.faults()).extracting(RuleRejected.Fault::field)
                .contains("deadline.standard", "subject", "title", "colour");
    }

    @Test
    void readsWarningsAsSharesAndAsTimeRemaining() {
        SlaRule rule = Rules.read(Rules.SUSPECT_INTERVIEW + "warn: [{share: 0.5}, {remaining: PT4H}]\n");

        assertThat(rule.warnings()).containsExactly(Warning.atShare(0.5), Warning.whenRemaining(Duration.ofHours(4)));
        assertThat(Rules.read(Rules.SUSPECT_INTERVIEW + "warn: []\n").warnings()).isEmpty();
        assertThat(catchRejected(Rules.SUSPECT_INTERVIEW + "warn: [{share: 1.5}, {remaining: soon}, {at: 3}]\n")
                .faults()).extracting(RuleRejected.Fault::field)
                .containsExactly("warn[0].share", "warn[1].remaining", "warn[2]");
        assertThat(catchRejected(Rules.SUSPECT_INTERVIEW + "warn: []\nwarnAt: [0.5]\n").faults())
                .extracting(RuleRejected.Fault::field).containsExactly("warn");
    }

    @Test
    void aPartnersRuleNeitherWarnsNorEscalatesAndItsBreachGoesToTheInvestigator() {
        String partner = Rules.SUSPECT_INTERVIEW.replace("agency: POLICE", "agency: SOCIAL_CARE");

        assertThat(catchRejected(partner).faults()).extracting(RuleRejected.Fault::field).containsExactly("escalation");
        SlaRule rule = Rules.read(partner.substring(0, partner.indexOf("escalation:")));
        assertThat(rule.agency()).isEqualTo(ResponsibleAgency.SOCIAL_CARE);
        assertThat(rule.warnings()).isEmpty();
        assertThat(rule.notifies().breach()).isEqualTo("investigator");
        assertThat(catchRejected(partner.substring(0, partner.indexOf("escalation:")) + "warnAt: [0.5]\n").faults())
                .extracting(RuleRejected.Fault::field).containsExactly("warnAt");
        assertThat(catchRejected(Rules.SUSPECT_INTERVIEW.replace("agency: POLICE\n", "")).faults())
                .extracting(RuleRejected.Fault::field).containsExactly("agency");
    }

    @Test
    void onlyAStartingTriggerCountsFromACaseMoment() {
        String yaml = Rules.SUSPECT_INTERVIEW.replace("start: [SuspectIdentified]",
                "start: [{event: SuspectIdentified, from: case.section47DiscussionAt}]");
        assertThat(Rules.read(yaml).start().get(0).from()).isEqualTo("case.section47DiscussionAt");

        assertThat(catchRejected(Rules.SUSPECT_INTERVIEW.replace("start: [SuspectIdentified]",
                "start: [{event: SuspectIdentified, from: case.riskGrade}]")).faults())
                .extracting(RuleRejected.Fault::field).containsExactly("start[0].from");
        assertThat(catchRejected(Rules.SUSPECT_INTERVIEW.replace("stop: [SuspectInterviewed]",
                "stop: [{event: SuspectInterviewed, from: case.section47DiscussionAt}]")).faults())
                .extracting(RuleRejected.Fault::field).containsExactly("stop[0].from");
    }

    @Test
    void rejectsMalformedYamlWithItsLine() {
        RuleRejected rejected = catchRejected("id: x\nversion: [1\n");

        assertThat(rejected.faults().get(0).field()).isEqualTo("(yaml)");
        assertThat(rejected.faults().get(0).problem()).contains("line");
    }

    @Test
    void rejectsAConditionOnAFieldTheEventDoesNotHave() {
        String yaml = Rules.SUSPECT_INTERVIEW.replace("start: [SuspectIdentified]",
                "start: [{event: SuspectIdentified, when: {colour: red}}]");

        assertThat(catchRejected(yaml).faults()).extracting(RuleRejected.Fault::field).containsExactly("start[0].when.colour");
    }

    @Test
    void rejectsAStartEventThatNamesNoSubjectOfTheRulesKind() {
        String yaml = Rules.SUSPECT_INTERVIEW.replace("start: [SuspectIdentified]", "start: [ReferralReceived]");

        assertThat(catchRejected(yaml).faults().get(0).problem()).contains("names no suspectId");
    }

    @Test
    void rejectsAnUnresolvableSetting() {
        String yaml = Rules.SUSPECT_INTERVIEW.replace("high: 7", "high: ${no.such.setting}");

        assertThat(catchRejected(yaml).faults().get(0).problem()).contains("no.such.setting");
    }

    @Test
    void rejectsWarningsOutOfOrder() {
        String yaml = Rules.SUSPECT_INTERVIEW + "warnAt: [0.75, 0.5]\n";

        assertThat(catchRejected(yaml).faults()).extracting(RuleRejected.Fault::field).containsExactly("warnAt[1]");
    }

    @Test
    void rejectsTheSameVersionInTwoFiles() {
        RuleFileReader reader = Rules.reader(Map.of());

        var files = new java.util.LinkedHashMap<String, String>();
        files.put("a.yaml", Rules.SUSPECT_INTERVIEW);
        files.put("b.yaml", Rules.SUSPECT_INTERVIEW);
        assertThatThrownBy(() -> reader.readAll(files)).isInstanceOf(RuleRejected.class)
                .hasMessageContaining("b.yaml").hasMessageContaining("also in another file");
    }

    @Test
    void readsDeclarativeConditions() {
        String yaml = Rules.SUSPECT_INTERVIEW.replace("subject: SUSPECT", "subject: CASE")
                .replace("start: [SuspectIdentified]", """
                        start:
                          - event: ReferralReceived
                            when: {allegation: {in: [SEXUAL_ABUSE, PHYSICAL_ABUSE]}, childAgeYears: {not: 17}}""");

        Trigger start = Rules.read(yaml).start().get(0);

        assertThat(start.when()).containsEntry("allegation",
                new Condition(Condition.Operator.IN, List.of("SEXUAL_ABUSE", "PHYSICAL_ABUSE")));
        assertThat(start.when()).containsEntry("childAgeYears", new Condition(Condition.Operator.NOT, List.of("17")));
    }

    private static RuleRejected catchRejected(String yaml) {
        try {
            Rules.read(yaml);
        } catch (RuleRejected rejected) {
            return rejected;
        }
        throw new AssertionError("the rule was accepted");
    }
}
