package io.harmsway.ops;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules {@link ModuleBoundariesTest} checks on the product, checked on made-up modules
 * ({@code boundaryfixture}) with packages no rule names: each rule reports exactly the classes
 * that break it, and lets pass what keeps it, without an edit to the rules.
 */
class ModuleRulesCatchNewPackagesTest {

    private static final String ROOT = "io.harmsway.ops.boundaryfixture";
    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(ROOT);

    private final ModuleRules rules = new ModuleRules(ROOT);

    @Test
    void aNewPackageThatReachesIntoAnotherModuleIsCaught() {
        assertThat(violations(rules.modulesMeetOnlyThroughWhatTheyPublish())).containsExactlyInAnyOrder(
                "query.inspection.ClockInspector -> sla.clock.ClockTable",
                "ops.pages.CasePage -> query.inspection.ClockInspector");
    }

    @Test
    void aNewModuleMayUseNoOtherModuleUntilItIsAllowed() {
        assertThat(violations(rules.modulesDependOnlyAsAllowed())).containsExactlyInAnyOrder(
                "audit.trail.AuditTrail -> cases.api.CaseOpened",
                "cases.command.ClockAwareCase -> sla.api.ClockBreached");
    }

    @Test
    void theCaseModuleUsingAnotherModulesApiIsCaught() {
        assertThat(violations(rules.caseModuleUsesOnlyTheJdkAxonAndJackson())).containsExactly(
                "cases.command.ClockAwareCase -> sla.api.ClockBreached");
    }

    @Test
    void jdbcInAnApiPackageIsCaught() {
        assertThat(violations(rules.apiPackagesHoldNoSpringAndNoJdbc())).containsExactly(
                "sla.api.ClockRowsQuery -> org.springframework.jdbc.core.JdbcTemplate");
    }

    /** Each violating dependency as "origin -> target", class names relative to the fixture root. */
    private static Set<String> violations(ArchRule rule) {
        Set<String> found = new TreeSet<>();
        rule.evaluate(FIXTURES).<Dependency>handleViolations((dependencies, message) -> dependencies.forEach(
                dependency -> found.add(relative(dependency.getOriginClass().getName()) + " -> "
                        + relative(dependency.getTargetClass().getName()))));
        return found;
    }

    private static String relative(String className) {
        return className.startsWith(ROOT + ".") ? className.substring(ROOT.length() + 1) : className;
    }
}
