package io.harmsway.cases.command;

import io.harmsway.cases.api.CaseClosed;
import io.harmsway.cases.api.CaseFileGraded;
import io.harmsway.cases.api.CaseRuleViolation;
import io.harmsway.cases.api.FileGrade;
import io.harmsway.cases.api.GradeCaseFile;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.harmsway.cases.command.CaseFixtures.CASE;
import static io.harmsway.cases.command.CaseFixtures.EARLIER;
import static io.harmsway.cases.command.CaseFixtures.NOW;
import static io.harmsway.cases.command.CaseFixtures.RECEIVED_NOW;
import static io.harmsway.cases.command.CaseFixtures.REFERRAL;

/** An auditor's grading of the file: recorded when it is made, on an open or a closed case. */
class CaseFileGradingTest {

    private static final String FRAMEWORK = "HMIC child protection inspection 2015";

    private FixtureConfiguration<CaseFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = CaseFixtures.fixture();
    }

    @Test
    void gradesAClosedFileAtTheMomentItIsGraded() {
        fixture.given(REFERRAL, new CaseClosed(CASE, "suspect charged", EARLIER))
                .when(new GradeCaseFile(CASE, FileGrade.INADEQUATE, FRAMEWORK, "suspect not interviewed for 3 months"),
                        RECEIVED_NOW)
                .expectEvents(new CaseFileGraded(CASE, FileGrade.INADEQUATE, FRAMEWORK,
                        "suspect not interviewed for 3 months", NOW));
    }

    @Test
    void refusesAGradingWithoutReasons() {
        fixture.given(REFERRAL)
                .when(new GradeCaseFile(CASE, FileGrade.GOOD, FRAMEWORK, " "), RECEIVED_NOW)
                .expectException(CaseRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void refusesAGradingWithoutAGrade() {
        fixture.given(REFERRAL)
                .when(new GradeCaseFile(CASE, null, FRAMEWORK, "clear plan"), RECEIVED_NOW)
                .expectException(CaseRuleViolation.class)
                .expectNoEvents();
    }
}
