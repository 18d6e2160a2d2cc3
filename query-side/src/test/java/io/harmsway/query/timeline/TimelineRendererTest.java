package io.harmsway.query.timeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.harmsway.cases.api.Agency;
import io.harmsway.cases.api.CaseEvent;
import io.harmsway.cases.api.ChargingDecisionMade;
import io.harmsway.cases.api.ChargingOutcome;
import io.harmsway.cases.api.EntryCorrected;
import io.harmsway.cases.api.RiskAssessed;
import io.harmsway.cases.api.RiskGrade;
import io.harmsway.cases.api.StrategyDiscussionHeld;
import io.harmsway.cases.api.Section47EnquiryConcluded;
import io.harmsway.cases.api.Section47Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineRendererTest {

    private static final Instant AT = Instant.parse("2026-03-10T12:00:00Z");

    private final TimelineRenderer renderer = new TimelineRenderer(new ObjectMapper().registerModule(new JavaTimeModule()));

    @Test
    void everyCaseEventHasATitleOfItsOwn() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(CaseEvent.class));

        List<String> events = scanner.findCandidateComponents(CaseEvent.class.getPackageName()).stream()
                .map(BeanDefinition::getBeanClassName).toList();

        assertThat(events).hasSizeGreaterThanOrEqualTo(31);
        assertThat(events).allSatisfy(type -> assertThat(renderer.hasTitleFor(Class.forName(type)))
                .as("a title for " + type).isTrue());
    }

    @Test
    void reassessmentShowsTheChangeOfGrade() {
        assertThat(renderer.title(new RiskAssessed("c", RiskGrade.HIGH, RiskGrade.STANDARD, "new disclosure", AT)))
                .isEqualTo("Risk re-assessed: standard to high (new disclosure)");
    }

    @Test
    void strategyDiscussionSaysWhetherADoctorTookPart() {
        assertThat(renderer.title(new StrategyDiscussionHeld("c", Set.of(Agency.POLICE, Agency.CHILDRENS_SOCIAL_CARE),
                false, "no medical", false, AT)))
                .isEqualTo("Strategy discussion held with police, childrens social care, no doctor: no medical");
    }

    @Test
    void strategyDiscussionSaysWhenItDecidedASection47Enquiry() {
        assertThat(renderer.title(new StrategyDiscussionHeld("c", Set.of(Agency.POLICE, Agency.HEALTH), true,
                "joint investigation", true, AT)))
                .isEqualTo("Strategy discussion held with police, health, doctor present, section 47 enquiry decided:"
                        + " joint investigation");
    }

    @Test
    void section47OutcomeSaysWhatTheEnquiryFound() {
        assertThat(renderer.title(new Section47EnquiryConcluded("c", Section47Outcome.LIKELY_TO_SUFFER_SIGNIFICANT_HARM,
                "disclosure corroborated", AT)))
                .isEqualTo("Section 47 enquiry concluded: likely to suffer significant harm (disclosure corroborated)");
    }

    @Test
    void noFurtherActionShowsItsReason() {
        assertThat(renderer.title(new ChargingDecisionMade("c", "suspect-1", ChargingOutcome.NO_FURTHER_ACTION,
                "evidential test not met", AT))).isEqualTo("No further action (suspect-1): evidential test not met");
    }

    @Test
    void correctionNamesTheCorrectedKindOfEntryItsValuesAndReason() {
        EntryCorrected correction = new EntryCorrected("c", "e-1", "SuspectInterviewed",
                Map.of("underCaution", "false", "occurredAt", "2026-03-09T10:00:00Z"), "voluntary, not under caution", AT);

        assertThat(renderer.title(correction)).isEqualTo("Correction of suspect interviewed: "
                + "occurredAt is 2026-03-09T10:00:00Z, underCaution is false (voluntary, not under caution)");
        assertThat(renderer.facts(correction)).containsEntry("correctedEventId", "e-1").doesNotContainKey("caseId");
    }

    @Test
    void durationsReadAsDaysAndHoursOrHoursAndMinutes() {
        assertThat(TimelineRenderer.human(Duration.ofDays(5).plusHours(3).plusMinutes(20))).isEqualTo("5d 3h");
        assertThat(TimelineRenderer.human(Duration.ofMinutes(135))).isEqualTo("2h 15m");
    }
}
