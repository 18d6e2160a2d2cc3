package io.harmsway.sla.rules;

import io.harmsway.cases.api.RiskGrade;
import io.harmsway.sla.RuleResources;
import io.harmsway.sla.SlaProperties;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue shipped with the product: it reads, cites its sources, and says what DOMAIN.md says. */
class DefaultCatalogueTest {

    final RuleCatalogue catalogue = new RuleResources(new StandardEnvironment()::resolveRequiredPlaceholders)
            .catalogue(SlaProperties.DEFAULT_RULES, SlaProperties.DEFAULT_BANK_HOLIDAYS);

    @Test
    void coversTheTimescalesAndTheMissingActions() {
        assertThat(catalogue.versions()).extracting(SlaRule::id).contains("referral-decision", "strategy-discussion",
                "initial-child-protection-conference", "assessment", "suspect-interview", "pre-charge-bail",
                "victim-update", "no-charge-told-to-victim", "medical-for-sexual-abuse", "doctor-at-strategy-discussion",
                "child-account", "safeguarding-other-children", "risk-assessment");
    }

    @Test
    void everyRuleCitesItsSourceAndPoliceRulesAloneWarnAndEscalate() {
        for (SlaRule rule : catalogue.versions()) {
            assertThat(rule.source().citation()).as(rule.key()).hasSizeGreaterThan(30);
            assertThat(rule.purpose()).as(rule.key()).isNotBlank();
            if (rule.agency().partner()) {
                assertThat(rule.escalation()).as(rule.key()).isEmpty();
                assertThat(rule.warnings()).as(rule.key()).isEmpty();
                assertThat(rule.notifies().breach()).as(rule.key()).isEqualTo("investigator");
            } else {
                assertThat(rule.escalation()).as(rule.key()).isNotEmpty();
                assertThat(rule.notifies().breach()).as(rule.key()).isEqualTo("supervisor");
            }
        }
    }

    @Test
    void eachRuleNamesTheAgencyThatMustAct() {
        assertThat(catalogue.versions()).filteredOn(rule -> rule.agency().partner()).extracting(SlaRule::id)
                .containsExactlyInAnyOrder("assessment", "initial-child-protection-conference",
                        "no-charge-told-to-victim");
        assertThat(agency("assessment")).isEqualTo(ResponsibleAgency.SOCIAL_CARE);
        assertThat(agency("initial-child-protection-conference")).isEqualTo(ResponsibleAgency.SOCIAL_CARE);
        assertThat(agency("no-charge-told-to-victim")).isEqualTo(ResponsibleAgency.CPS);
    }

    @Test
    void shortClocksWarnOnceAndLongOnesTwice() {
        for (SlaRule rule : catalogue.versions()) {
            boolean shortClock = rule.deadline().unit() == DeadlineUnit.WORKING_DAYS && rule.deadline().amount(RiskGrade.HIGH) <= 1
                    || rule.deadline().unit() == DeadlineUnit.HOURS && rule.deadline().amount(RiskGrade.HIGH) <= 24;
            if (shortClock && !rule.agency().partner()) {
                assertThat(rule.warnings()).as(rule.key()).containsExactly(Warning.whenRemaining(java.time.Duration.ofHours(4)));
            }
        }
        assertThat(catalogue.latest("suspect-interview").orElseThrow().warnings())
                .containsExactly(Warning.atShare(0.5), Warning.atShare(0.75));
    }

    private ResponsibleAgency agency(String ruleId) {
        return catalogue.latest(ruleId).orElseThrow().agency();
    }

    @Test
    void everyEscalatingRuleRemindsTheLastAddresseeABoundedNumberOfTimes() {
        assertThat(catalogue.versions()).filteredOn(rule -> !rule.escalation().isEmpty()).isNotEmpty()
                .allSatisfy(rule -> assertThat(rule.reminders()).as(rule.key())
                        .isEqualTo(new Reminders(java.time.Duration.ofDays(2), 3)));
    }

    @Test
    void statesTheGuidanceFigures() {
        assertThat(deadline("initial-child-protection-conference")).isEqualTo(new Deadline(DeadlineUnit.WORKING_DAYS,
                java.util.Map.of(RiskGrade.HIGH, 15L, RiskGrade.MEDIUM, 15L, RiskGrade.STANDARD, 15L)));
        assertThat(deadline("assessment").amount(RiskGrade.HIGH)).isEqualTo(45);
        assertThat(deadline("referral-decision").unit()).isEqualTo(DeadlineUnit.WORKING_DAYS);
        assertThat(deadline("pre-charge-bail").unit()).isEqualTo(DeadlineUnit.MONTHS);
        assertThat(deadline("pre-charge-bail").amount(RiskGrade.STANDARD)).isEqualTo(3);
        assertThat(deadline("suspect-interview").amount(RiskGrade.HIGH)).isEqualTo(7);
        assertThat(deadline("suspect-interview").graded()).isTrue();
        SlaRule bail = catalogue.latest("pre-charge-bail").orElseThrow();
        assertThat(bail.pause()).extracting(Trigger::event).containsExactly("ReferredToCps");
        assertThat(bail.effectiveFrom()).isEqualTo(LocalDate.parse("2022-10-28"));
    }

    @Test
    void shipsTheBankHolidaysThrough2030() {
        assertThat(catalogue.calendar().isWorkingDay(LocalDate.parse("2030-12-25"))).isFalse();
        assertThat(catalogue.calendar().bankHolidayCount()).isGreaterThan(120);
    }

    private Deadline deadline(String ruleId) {
        List<SlaRule> versions = catalogue.versions().stream().filter(rule -> rule.id().equals(ruleId)).toList();
        return versions.get(versions.size() - 1).deadline();
    }
}
