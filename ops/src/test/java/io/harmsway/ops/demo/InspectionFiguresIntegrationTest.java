package io.harmsway.ops.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.harmsway.ops.support.Api;
import io.harmsway.ops.support.IntegrationTestBase;
import io.harmsway.ops.support.Refusals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.harmsway.ops.support.Json.list;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every inspection figure over a population with known delays and outcomes ({@link InspectionPopulation}),
 * over HTTP as an auditor reads it: JSON, the cases behind a figure, CSV; the grading of case files and
 * its refusals; a supervisor limited to the own team.
 */
class InspectionFiguresIntegrationTest extends IntegrationTestBase {

    private static final String FRAMEWORK = DemoStories.FRAMEWORK;

    /**
     * Every figure, "key count/cases median p90 max" (hours), and for each rule its counts in the order
     * of {@link #RULE_MEASURES}. Each follows from the stories, told back from now: the grandfather
     * identified 95 days ago less 6 hours and never interviewed (2274 h waiting); the good-practice
     * suspect interviewed 47 hours after identification; the neglect suspect 30 days (720 h) after,
     * two days late against 28 days, its breach raised by the sweep and acknowledged 10 days (240 h)
     * after it; the untouched case's suspect waiting 9 days (216 h) against 14. Strategy discussions 3
     * hours and risk assessments 1 hour after the referral, but the eczema case's, corrected to 2
     * hours (so the 90th percentile of 1, 1, 1, 2 is 1.7); ABE interviews 28 hours after. The one
     * sweep raised the 8 police breaches then due in 4 cases, each straight to the last step (the
     * detective chief inspector), as after an outage. Entries were all recorded now, with their
     * stated times in the past: the longest lag is the grandson's referral, 95 days (2280 h).
     */
    private static final String EXPECTED = """
            interview.HIGH.identified 2/2
            interview.HIGH.interviewed 1/1 47.0 47.0 47.0
            interview.HIGH.overDeadline 1/1
            interview.HIGH.waiting 1/1 2274.0 2274.0 2274.0
            interview.MEDIUM.identified 1/1
            interview.MEDIUM.interviewed 0/0
            interview.MEDIUM.overDeadline 0/0
            interview.MEDIUM.waiting 1/1 216.0 216.0 216.0
            interview.STANDARD.identified 1/1
            interview.STANDARD.interviewed 1/1 720.0 720.0 720.0
            interview.STANDARD.overDeadline 1/1
            interview.STANDARD.waiting 0/0
            referral.toStrategyDiscussion 4/4 3.0 3.0 3.0
            referral.toRiskAssessment 4/4 1.0 1.7 2.0
            referral.toChildAccount 2/2 28.0 28.0 28.0
            referral.toMedical 0/0
            missing.strategyWithoutHealth 1/1
            missing.noMedical 1/1
            missing.noChildAccount 1/1
            missing.noRiskAssessment 1/1
            missing.noRiskAssessmentAfterChange 3/3
            missing.suspectNotSafeguarded 1/1
            rule.assessment 5 1 0 0 0 2 0 0 0
            rule.child-account 5 4 0 0 0 0 0 1 0
            rule.doctor-at-strategy-discussion 1 0 0 1 1 0 0 0 0
            rule.initial-child-protection-conference 2 2 0 0 0 0 0 0 0
            rule.medical-for-sexual-abuse 1 0 0 1 1 0 0 0 0
            rule.no-charge-told-to-victim 1 0 0 1 1 0 0 0 0
            rule.other-child-safeguarded 1 1 0 0 0 0 0 0 0
            rule.referral-decision 5 4 0 1 1 0 0 0 0
            rule.risk-assessment 5 4 0 1 1 0 0 0 0
            rule.safeguarding-other-children 2 1 0 1 1 0 0 0 0
            rule.strategy-discussion 5 4 0 1 1 0 0 0 0
            rule.suspect-interview 4 1 1 2 1 0 0 1 0
            rule.victim-update 4 3 0 0 0 1 0 0 0
            rule.suspect-interview.metLate 1/1 48.0 48.0 48.0
            supervision.breaches 8/4
            supervision.acknowledged 1/1 240.0 240.0 240.0
            supervision.acknowledgedWithinWorkingDay 0/0
            supervision.notAcknowledged 7/3
            supervision.escalated 8/4
            escalatedTo.detective chief inspector.breaches 8/4
            records.recordingLag 45/5 280.0 2266.8 2280.0
            records.recordedOverAWeekLate 34/4
            records.corrections 1/1
            victims.keyEvents 4/2
            victims.toldInTime 3/2
            victims.toldLate 0/0
            victims.notTold 1/1
            grading.GOOD.graded 1/1
            grading.GOOD.withABreach 0/0
            grading.GOOD.interviewOverDeadline 0/0
            grading.GOOD.noChildAccount 0/0
            grading.GOOD.noRiskAssessment 0/0
            grading.ADEQUATE.graded 1/1
            grading.ADEQUATE.withABreach 1/1
            grading.ADEQUATE.interviewOverDeadline 1/1
            grading.ADEQUATE.noChildAccount 0/0
            grading.ADEQUATE.noRiskAssessment 0/0
            grading.INADEQUATE.graded 2/2
            grading.INADEQUATE.withABreach 2/2
            grading.INADEQUATE.interviewOverDeadline 1/1
            grading.INADEQUATE.noChildAccount 0/0
            grading.INADEQUATE.noRiskAssessment 0/0""";

    private static final List<String> RULE_MEASURES = List.of("started", "metOnTime", "metLate", "breached",
            "breachedStillOpen", "cancelled", "paused", "warned", "warningHeeded");


    InspectionPopulation population;
    Api ada;
    Instant now;
    String period;

    @BeforeEach
    void recordThePopulationAndGradeItsFiles() {
        population = new InspectionPopulation(commands, jdbc, processing, sweep);
        ada = Api.as(http, "ada");
        now = clock.instant();
        population.record(now);
        period = "team=" + population.team + "&from=" + now.minus(Duration.ofDays(400)) + "&to=" + now.plusSeconds(1);
        grade(population.grandson, "INADEQUATE", "the grandfather not interviewed for three months");
        grade(population.eczema, "INADEQUATE", "no doctor consulted, no medical");
        grade(population.goodPractice, "GOOD", "victim identified, risk assessed, suspect arrested and charged");
        grade(population.neglect, "ADEQUATE", "interview two days late, the family kept informed");
        population.caughtUp("inspection");
    }

    @Test
    void everyFigureOfThePopulationIsExactlyWhatItsStoriesMake() {
        JsonNode answer = ada.get("/api/inspection/figures?" + period).getBody();

        assertThat(answer.path("cases").asInt()).isEqualTo(5);
        List<JsonNode> figures = list(answer.path("figures"));
        assertThat(EXPECTED.lines().toList()).allSatisfy(line -> assertThat(describe(figures, line)).isEqualTo(line));
        assertThat(figures).as("every figure is in the expected table")
                .allSatisfy(figure -> assertThat(EXPECTED).contains(figure.path("key").asText().replaceFirst(
                        "\\.(" + String.join("|", RULE_MEASURES) + ")$", "")));
        assertThat(list(answer.path("correctionReasons"))).singleElement()
                .satisfies(reason -> assertThat(reason.path("reason").asText()).isEqualTo("time taken from the MASH log"));
        assertThat(list(answer.path("noFurtherActionReasons"))).singleElement()
                .satisfies(reason -> assertThat(reason.path("reason").asText()).isEqualTo("evidential test not met"));
    }

    @Test
    void aBreachedClockMetLateCountsAsBreachedAndItsCasesAreOneClickAway() {
        JsonNode figure = figure(ada.get("/api/inspection/figures?" + period).getBody(), "interview.STANDARD.overDeadline");
        assertThat(figure.path("cases").asInt()).isEqualTo(1);

        JsonNode cases = ada.get(java.net.URI.create(figure.path("link").asText())).getBody();

        assertThat(list(cases.path("cases"))).extracting(row -> row.path("caseId").asText())
                .containsExactly(population.neglect);
        assertThat(list(ada.get("/api/inspection/cases?figure=rule.suspect-interview.breached&" + period).getBody()
                .path("cases"))).extracting(row -> row.path("caseId").asText())
                .containsExactlyInAnyOrder(population.grandson, population.neglect);
    }

    @Test
    void theRecordingLagIsTheStoresOwn() {
        Double medianHours = jdbc.queryForObject("""
                select round(cast(percentile_cont(0.5) within group (order by greatest(0, extract(epoch from
                         cast(time_stamp as timestamptz) - cast(convert_from(payload, 'UTF8')::jsonb ->> 'occurredAt' as timestamptz))))
                         / 3600 as numeric), 2)
                from domain_event_entry
                where aggregate_identifier in (?, ?, ?, ?, ?)
                  and payload_type not like '%.SlaClock%' and payload_type not like '%.EntryCorrected'
                  and payload_type not like '%.CaseFileGraded' and payload_type not like '%.CaseRead'""",
                Double.class, population.grandson, population.eczema, population.goodPractice, population.neglect,
                population.untouched);
        JsonNode lag = figure(ada.get("/api/inspection/figures?" + period).getBody(), "records.recordingLag");

        assertThat(lag.path("cases").asInt()).isEqualTo(5);
        assertThat(lag.path("medianHours").asDouble()).isEqualTo(medianHours);
        assertThat(lag.path("maxHours").asDouble()).as("the grandson's referral, recorded 95 days on").isEqualTo(2280.0);
    }

    @Test
    void theFiguresAsCsvOneLinePerFigure() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, ada.authorization());
        headers.set(HttpHeaders.ACCEPT, "text/csv");

        ResponseEntity<String> csv = http.exchange("/api/inspection/figures?" + period, HttpMethod.GET,
                new HttpEntity<>(headers), String.class);
        ResponseEntity<String> file = http.exchange("/api/inspection/figures.csv?" + period, HttpMethod.GET,
                new HttpEntity<>(headers), String.class);

        assertThat(csv.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
        List<String> lines = csv.getBody().lines().toList();
        assertThat(lines.get(0)).isEqualTo("key,group,title,count,cases,median_hours,p90_hours,max_hours,link");
        assertThat(lines).contains("interview.STANDARD.interviewed,interview,suspects interviewed: time from"
                + " identification to interview,1,1,720.00,720.00,720.00,/api/inspection/cases?from="
                + now.minus(Duration.ofDays(400)) + "&to=" + now.plusSeconds(1) + "&team=" + population.team
                + "&figure=interview.STANDARD.interviewed");
        assertThat(lines).hasSize(1 + list(ada.get("/api/inspection/figures?" + period).getBody().path("figures")).size());
        assertThat(file.getBody()).isEqualTo(csv.getBody());
    }

    @Test
    void onlyAuditorsGradeAndABadGradingIsRefusedNamingTheFieldWithNothingAppended() {
        Refusals refusals = new Refusals(events);
        String caseId = population.untouched;
        String body = "{\"grade\": \"GOOD\", \"framework\": \"" + FRAMEWORK + "\", \"reasons\": \"r\"}";

        refusals.refused(HttpStatus.FORBIDDEN, "user", () -> ivy.post("/api/cases/" + caseId + "/gradings", body));
        refusals.refused(HttpStatus.FORBIDDEN, "user", () -> sam.post("/api/cases/" + caseId + "/gradings", body));
        refusals.refused(HttpStatus.BAD_REQUEST, "grade", () -> ada.post("/api/cases/" + caseId + "/gradings",
                "{\"grade\": \"EXCELLENT\", \"framework\": \"" + FRAMEWORK + "\", \"reasons\": \"r\"}"));
        refusals.refused(HttpStatus.BAD_REQUEST, "reasons", () -> ada.post("/api/cases/" + caseId + "/gradings",
                "{\"grade\": \"GOOD\", \"framework\": \"" + FRAMEWORK + "\", \"reasons\": \" \"}"));
        refusals.refused(HttpStatus.BAD_REQUEST, "reasons", () -> ada.post("/api/cases/" + caseId + "/gradings",
                "{\"grade\": \"GOOD\", \"framework\": \"" + FRAMEWORK + "\"}"));
        refusals.refused(HttpStatus.BAD_REQUEST, "framework", () -> ada.post("/api/cases/" + caseId + "/gradings",
                "{\"grade\": \"GOOD\", \"framework\": \"\", \"reasons\": \"r\"}"));
        refusals.refused(HttpStatus.BAD_REQUEST, "reasons", () -> ada.post("/api/cases/" + caseId + "/gradings",
                "{\"grade\": \"GOOD\", \"framework\": \"" + FRAMEWORK + "\", \"reasons\": \"a\\u0000b\"}"));
        assertThat(events.count(caseId, "CaseFileGraded")).isZero();
    }

    @Test
    void aSupervisorSeesTheOwnTeamsFiguresOnlyAndAnInvestigatorNone() {
        Refusals refusals = new Refusals(events);

        assertThat(sam.get("/api/inspection/figures").getBody().path("filter").path("team").asText()).isEqualTo("north");
        refusals.refused(HttpStatus.FORBIDDEN, "team", () -> sam.get("/api/inspection/figures?" + period));
        assertThat(ivy.get("/api/inspection/figures").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        refusals.refused(HttpStatus.BAD_REQUEST, "figure", () -> ada.get("/api/inspection/cases?figure=rule.nothing&" + period));
        refusals.refused(HttpStatus.BAD_REQUEST, "from", () -> ada.get("/api/inspection/figures?from=" + now + "&to=" + now));
    }

    @Test
    void aParameterThatDoesNotParseIsRefusedNamingItOnEveryEndpoint() {
        Refusals refusals = new Refusals(events);
        for (String path : List.of("/figures", "/figures.csv", "/cases?figure=cases.referred", "/what-works",
                "/charts/time-to-interview", "/charts/breaches-per-month", "/charts/gradings")) {
            String query = "/api/inspection" + path + (path.contains("?") ? "&" : "?");
            assertThat(refusals.refused(HttpStatus.BAD_REQUEST, "from", () -> ada.get(query + "from=last-tuesday"))
                    .path("errors").get(0).path("problem").asText()).contains("ISO-8601 instant");
            assertThat(refusals.refused(HttpStatus.BAD_REQUEST, "risk", () -> ada.get(query + "risk=EXTREME"))
                    .path("errors").get(0).path("problem").asText()).isEqualTo("must be one of HIGH, MEDIUM, STANDARD");
            refusals.refused(HttpStatus.BAD_REQUEST, "grade", () -> ada.get(query + "grade=EXCELLENT"));
        }
    }

    @Test
    void whatWorksSetsTheClosedCasesOutcomesBesideTheirDelaysAndClaimsNothingFromTooFew() {
        JsonNode answer = ada.get("/api/inspection/what-works?" + period).getBody();

        assertThat(answer.path("minimumCases").asInt()).isEqualTo(10);
        assertThat(answer.path("closedCases").asInt()).as("good practice, charged; neglect, no further action").isEqualTo(2);
        List<String> interview = list(answer.path("rows")).stream()
                .filter(row -> row.path("ruleId").asText().equals("suspect-interview"))
                .map(row -> row.path("team").asText("all") + " " + row.path("allegation").asText("all") + " "
                        + row.path("delay").asText() + " cases " + row.path("cases").asInt() + " charged "
                        + row.path("charged").asInt() + " nfa " + row.path("noFurtherAction").asInt() + " safeguarded "
                        + row.path("childSafeguarded").asInt() + " share " + row.path("chargedShare").asText("none")
                        + " (" + row.path("claim").asText() + ")")
                .toList();
        String tooFew = "(too few cases to say: 1 of the 10 needed)";
        assertThat(interview).containsExactly(
                "all all ON_TIME cases 1 charged 1 nfa 0 safeguarded 1 share none " + tooFew,
                "all all BREACHED cases 1 charged 0 nfa 1 safeguarded 0 share none " + tooFew,
                "all NEGLECT BREACHED cases 1 charged 0 nfa 1 safeguarded 0 share none " + tooFew,
                "all ONLINE_ABUSE_OR_GROOMING ON_TIME cases 1 charged 1 nfa 0 safeguarded 1 share none " + tooFew,
                population.team + " all ON_TIME cases 1 charged 1 nfa 0 safeguarded 1 share none " + tooFew,
                population.team + " all BREACHED cases 1 charged 0 nfa 1 safeguarded 0 share none " + tooFew);
    }

    @Test
    void theChartsDataTimeToInterviewAgainstTheDeadlineBreachesPerMonthAndGradings() {
        List<JsonNode> interviews = list(ada.get("/api/inspection/charts/time-to-interview?" + period).getBody());
        List<JsonNode> months = list(ada.get("/api/inspection/charts/breaches-per-month?" + period).getBody());
        List<JsonNode> gradings = list(ada.get("/api/inspection/charts/gradings?" + period).getBody());

        assertThat(interviews).extracting(grade -> grade.path("riskGrade").asText() + " deadline "
                        + grade.path("deadlineDays").asText() + " interviewed " + days(grade.path("interviewed"))
                        + " waiting " + days(grade.path("waiting")))
                .containsExactly("HIGH deadline 7.0 interviewed [1:1] waiting [94:1]",
                        "MEDIUM deadline 14.0 interviewed [] waiting [9:1]",
                        "STANDARD deadline 28.0 interviewed [30:1] waiting []");
        assertThat(months.stream().mapToLong(month -> month.path("breaches").asLong()).sum())
                .as("every breached clock of the rule figures, once").isEqualTo(9);
        assertThat(gradings).extracting(grade -> grade.path("grade").asText() + " " + grade.path("cases").asInt())
                .containsExactly("GOOD 1", "ADEQUATE 1", "INADEQUATE 2");
    }

    private static String days(JsonNode counts) {
        return list(counts).stream().map(day -> day.path("day").asInt() + ":" + day.path("suspects").asInt()).toList()
                .toString().replace(" ", "");
    }

    private void grade(String caseId, String grade, String reason) {
        ResponseEntity<JsonNode> answer = ada.post("/api/cases/" + caseId + "/gradings",
                "{\"grade\": \"" + grade + "\", \"framework\": \"" + FRAMEWORK + "\", \"reasons\": \"" + reason + "\"}");
        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** The figure the expected line names, described as the line is written. */
    private static String describe(List<JsonNode> figures, String line) {
        String[] words = line.split(" (?=[0-9])");
        String key = words[0];
        if (line.startsWith("rule.") && !key.substring(5).contains(".")) {
            StringBuilder counts = new StringBuilder(key);
            RULE_MEASURES.forEach(measure -> counts.append(' ').append(figure(figures, key + "." + measure).path("count").asText()));
            return counts.toString();
        }
        JsonNode figure = figure(figures, key);
        String counted = key + " " + figure.path("count").asText() + "/" + figure.path("cases").asText();
        return figure.path("medianHours").isNull() ? counted : counted + " " + figure.path("medianHours").asDouble()
                + " " + figure.path("p90Hours").asDouble() + " " + figure.path("maxHours").asDouble();
    }

    private static JsonNode figure(JsonNode answer, String key) {
        return figure(list(answer.path("figures")), key);
    }

    private static JsonNode figure(List<JsonNode> figures, String key) {
        return figures.stream().filter(figure -> figure.path("key").asText().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + key));
    }
}
