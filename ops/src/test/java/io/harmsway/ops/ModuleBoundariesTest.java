package io.harmsway.ops;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module structure, as a test ({@link ModuleRules} says what may depend on what): a module
 * uses another module's {@code api} package and nothing else of it, but for the one
 * {@code *Configuration} the application registers; the case model knows no other module, no
 * Spring and no JDBC; api packages carry no Spring and no JDBC.
 */
class ModuleBoundariesTest {

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.harmsway");

    private final ModuleRules rules = new ModuleRules("io.harmsway");

    @Test
    void modulesMeetOnlyThroughTheirApis() {
        rules.modulesMeetOnlyThroughWhatTheyPublish().check(PRODUCT);
    }

    @Test
    void modulesDependOnlyOnTheModulesTheyMay() {
        rules.modulesDependOnlyAsAllowed().check(PRODUCT);
    }

    @Test
    void caseModelDependsOnNoOtherModuleNorOnSpringNorOnJdbc() {
        rules.caseModuleUsesOnlyTheJdkAxonAndJackson().check(PRODUCT);
    }

    @Test
    void apiPackagesHoldNoSpringAndNoJdbc() {
        rules.apiPackagesHoldNoSpringAndNoJdbc().check(PRODUCT);
    }

    @Test
    void theJdbcLibraryIsPlainJava() {
        rules.jdbcLibraryUsesOnlyTheJdk().check(PRODUCT);
    }
}
