package io.harmsway.sla.rules;

import io.harmsway.cases.api.AllegationCategory;
import io.harmsway.cases.api.BailExtended;
import io.harmsway.cases.api.ReferredToCps;
import io.harmsway.cases.api.SafeguardingActionTaken;
import io.harmsway.cases.api.ReferralReceived;
import io.harmsway.cases.api.RiskGrade;
import io.harmsway.cases.api.SuspectIdentified;
import io.harmsway.cases.api.SuspectInterviewed;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which events start and act on a rule's clocks, by kind of rule and kind of condition. */
class SlaRuleTest {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void aDeadlineRuleStartsOnItsEventAndStopsOnlyForTheSameSubject() {
        SlaRule rule = Rules.read(Rules.SUSPECT_INTERVIEW);
        EventFacts identified = EventFacts.of(new SuspectIdentified("c", "suspect-1", false, NOW));

        assertThat(rule.startsOn(identified, CaseFacts.none())).isTrue();
        assertThat(rule.reactionTo(EventFacts.of(new SuspectInterviewed("c", "suspect-1", true, NOW)),
                CaseFacts.none(), "suspect-1")).map(Reaction::kind).contains(Reaction.Kind.STOP);
        assertThat(rule.reactionTo(EventFacts.of(new SuspectInterviewed("c", "suspect-2", true, NOW)),
                CaseFacts.none(), "suspect-1")).isEmpty();
    }

    @Test
    void aRuleForWhatIsMissingStartsOnlyWhenItsConditionsHold() {
        SlaRule rule = Rules.read(Rules.SUSPECT_INTERVIEW.replace("subject: SUSPECT", "subject: CHILD")
                .replace("start: [SuspectIdentified]", """
                        start:
                          - event: ReferralReceived
                            when: {allegation: SEXUAL_ABUSE, childAgeYears: {in: [8, 9, 10]}}""")
                .replace("stop: [SuspectInterviewed]", "stop: [SuspectInterviewed]"));

        assertThat(rule.startsOn(referral(AllegationCategory.SEXUAL_ABUSE, 9), CaseFacts.none())).isTrue();
        assertThat(rule.startsOn(referral(AllegationCategory.NEGLECT, 9), CaseFacts.none())).isFalse();
        assertThat(rule.startsOn(referral(AllegationCategory.SEXUAL_ABUSE, 15), CaseFacts.none())).isFalse();
        assertThat(rule.subject().idIn(referral(AllegationCategory.SEXUAL_ABUSE, 9))).isEqualTo("child-1");
    }

    @Test
    void conditionsCanAskTheCaseFacts() {
        SlaRule rule = Rules.read(Rules.SUSPECT_INTERVIEW.replace("start: [SuspectIdentified]", """
                start:
                  - event: SuspectIdentified
                    when: {case.allegation: SEXUAL_ABUSE, case.riskGrade: {not: STANDARD}}"""));
        CaseFacts sexualAbuse = CaseFacts.fromReferral(referral(AllegationCategory.SEXUAL_ABUSE, 9));
        EventFacts identified = EventFacts.of(new SuspectIdentified("c", "suspect-1", false, NOW));

        assertThat(rule.startsOn(identified, sexualAbuse.withRisk(RiskGrade.HIGH))).isTrue();
        assertThat(rule.startsOn(identified, sexualAbuse.withRisk(RiskGrade.STANDARD))).isFalse();
        assertThat(rule.startsOn(identified, CaseFacts.fromReferral(referral(AllegationCategory.NEGLECT, 9)))).isFalse();
    }

    @Test
    void anEventNamingNoSubjectOfTheRulesKindActsOnEveryClockOfTheRule() {
        SlaRule rule = Rules.read(Rules.SUSPECT_INTERVIEW.replace("start: [SuspectIdentified]", """
                start:
                  - event: SuspectIdentified
                    when: {hasAccessToChildren: true}""")
                .replace("stop: [SuspectInterviewed]", "stop: [SafeguardingActionTaken]"));
        EventFacts safeguarded = EventFacts.of(new SafeguardingActionTaken("c", "child-2", "placed with grandmother", NOW));

        assertThat(rule.startsOn(EventFacts.of(new SuspectIdentified("c", "suspect-1", true, NOW)), CaseFacts.none())).isTrue();
        assertThat(rule.startsOn(EventFacts.of(new SuspectIdentified("c", "suspect-1", false, NOW)), CaseFacts.none())).isFalse();
        assertThat(rule.reactionTo(safeguarded, CaseFacts.none(), "suspect-1")).map(Reaction::kind).contains(Reaction.Kind.STOP);
        assertThat(rule.reactionTo(safeguarded, CaseFacts.none(), "suspect-2")).map(Reaction::kind).contains(Reaction.Kind.STOP);
    }

    @Test
    void aPauseSaysWhyAndAnExtensionSaysHowMuch() {
        SlaRule rule = Rules.read(Rules.SUSPECT_INTERVIEW.replace("start: [SuspectIdentified]", "start: [SuspectBailed]")
                + """
                pause: [{event: ReferredToCps, reason: the CPS is deciding}]
                extend: [{event: BailExtended, by: 3}]
                """);

        Reaction paused = rule.reactionTo(EventFacts.of(new ReferredToCps("c", "suspect-1", NOW)), CaseFacts.none(),
                "suspect-1").orElseThrow();
        Reaction extended = rule.reactionTo(EventFacts.of(new BailExtended("c", "suspect-1", NOW.plusSeconds(9_000_000),
                "Supt Jones", NOW)), CaseFacts.none(), "suspect-1").orElseThrow();

        assertThat(paused.kind()).isEqualTo(Reaction.Kind.PAUSE);
        assertThat(paused.trigger().reason()).isEqualTo("the CPS is deciding");
        assertThat(extended.kind()).isEqualTo(Reaction.Kind.EXTEND);
        assertThat(extended.trigger().extendBy()).isEqualTo(3);
    }

    @Test
    void collectionConditionsTestMembership() {
        Condition excludesHealth = new Condition(Condition.Operator.EXCLUDES, List.of("HEALTH"));
        Condition containsHealth = new Condition(Condition.Operator.CONTAINS, List.of("HEALTH"));

        assertThat(excludesHealth.test(List.of("POLICE", "CHILDRENS_SOCIAL_CARE"))).isTrue();
        assertThat(excludesHealth.test(List.of("POLICE", "HEALTH"))).isFalse();
        assertThat(containsHealth.test(List.of("HEALTH"))).isTrue();
    }

    @Test
    void theVersionInForceIsTheLatestWhoseDayHasCome() {
        SlaRule first = Rules.read(Rules.SUSPECT_INTERVIEW);
        SlaRule second = Rules.read(Rules.SUSPECT_INTERVIEW.replace("version: 1", "version: 2")
                .replace("effectiveFrom: 2015-01-01", "effectiveFrom: 2026-04-01"));
        RuleCatalogue catalogue = new RuleCatalogue(List.of(second, first), Rules.CALENDAR);

        assertThat(catalogue.inForceAt(Instant.parse("2026-03-31T22:59:00Z"))).containsExactly(first);
        // 23:00 UTC on 31 March is midnight on 1 April in London (summer time).
        assertThat(catalogue.inForceAt(Instant.parse("2026-03-31T23:00:00Z"))).containsExactly(second);
        assertThat(catalogue.version("suspect-interview", 1)).contains(first);
        assertThat(second.inForceOn(LocalDate.parse("2026-03-31"))).isFalse();
    }

    private static EventFacts referral(AllegationCategory allegation, int age) {
        return EventFacts.of(new ReferralReceived("c", "north", "child-1", age, allegation, RiskGrade.HIGH, "phone",
                "school", false, NOW));
    }
}
