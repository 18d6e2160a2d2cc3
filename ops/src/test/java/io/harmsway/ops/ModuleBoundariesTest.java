package io.harmsway.ops;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module structure, as a test: a module may use another module's {@code api} package and
 * nothing else of it; the case model knows nothing of SLAs, read models, Spring or storage.
 */
class ModuleBoundariesTest {

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.harmsway");

    @Test
    void caseModelDependsOnNoOtherModuleNorOnSpring() {
        noClasses().that().resideInAPackage("io.harmsway.cases..")
                .should().dependOnClassesThat().resideInAnyPackage("io.harmsway.sla..", "io.harmsway.query..",
                        "io.harmsway.ops..", "org.springframework..", "java.sql..")
                .check(PRODUCT);
    }

    @Test
    void slaRulesUseOnlyTheCaseApi() {
        noClasses().that().resideInAPackage("io.harmsway.sla..")
                .should().dependOnClassesThat().resideInAnyPackage("io.harmsway.cases.command..",
                        "io.harmsway.query..", "io.harmsway.ops..")
                .check(PRODUCT);
    }

    @Test
    void readModelsUseOnlyTheCaseAndSlaApis() {
        noClasses().that().resideInAPackage("io.harmsway.query..")
                .should().dependOnClassesThat().resideInAnyPackage("io.harmsway.cases.command..",
                        "io.harmsway.sla.clock..", "io.harmsway.sla.rules..", "io.harmsway.sla.backtest..",
                        "io.harmsway.sla.calendar..", "io.harmsway.sla.cli..", "io.harmsway.ops..")
                .check(PRODUCT);
    }

    @Test
    void applicationUsesOtherModulesOnlyThroughTheirApis() {
        noClasses().that().resideInAPackage("io.harmsway.ops..")
                .and().doNotHaveSimpleName("AxonConfiguration")
                .should().dependOnClassesThat().resideInAnyPackage("io.harmsway.cases.command..",
                        "io.harmsway.sla.clock..", "io.harmsway.sla.rules..", "io.harmsway.sla.backtest..",
                        "io.harmsway.sla.calendar..", "io.harmsway.sla.cli..", "io.harmsway.query.timeline..",
                        "io.harmsway.query.cases..", "io.harmsway.query.alerts..")
                .check(PRODUCT);
    }

    @Test
    void apiPackagesHoldOnlyMessagesAndNoSpring() {
        noClasses().that().resideInAnyPackage("io.harmsway.cases.api..", "io.harmsway.sla.api..",
                        "io.harmsway.query.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..")
                .check(PRODUCT);
    }
}
