package io.harmsway.ops;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.modules.syntax.AllowedModuleDependencies.allow;
import static com.tngtech.archunit.library.modules.syntax.ModuleDependencyScope.consideringOnlyDependenciesBetweenModules;
import static com.tngtech.archunit.library.modules.syntax.ModuleRuleDefinition.modules;

/**
 * The module structure as rules that say what may depend on what, for the packages under a root
 * ({@code io.harmsway} for the product). Every package {@code <root>.<name>} is a module, found
 * by wildcard, so a new package ({@code sla.notify}, {@code query.inspection}, {@code ops.pages})
 * is inside its module's rules from its first class, and a new module ({@code <root>.audit})
 * may depend on nothing until it is given a line in {@link #modulesDependOnlyAsAllowed()}.
 *
 * <p>What a module publishes to the others: its {@code api} package (messages, and the stored
 * form of events), and its one {@code *Configuration} class in its root package, the entry
 * point the application registers when the module's wiring must reach inside it (the case
 * module's {@code CaseConfiguration}: command-side has no Spring, so Axon's plain API). The
 * {@code jdbc} library (how every module reaches PostgreSQL) is published whole.
 */
final class ModuleRules {

    static final String CASES = "cases";
    static final String SLA = "sla";
    static final String QUERY = "query";
    static final String OPS = "ops";
    static final String JDBC = "jdbc";
    static final String AUDIT = "audit";

    private final String root;

    ModuleRules(String root) {
        this.root = root;
    }

    /** A module reaches another only through what that one publishes; inside itself, anything. */
    ArchRule modulesMeetOnlyThroughWhatTheyPublish() {
        return modules().definedByPackages(root + ".(*)..").derivingNameFromPattern("$1")
                .should().onlyDependOnEachOtherThroughClassesThat(published());
    }

    /** Which module may use which: the Maven modules' dependencies, and nothing that bypasses them. */
    ArchRule modulesDependOnlyAsAllowed() {
        return modules().definedByPackages(root + ".(*)..").derivingNameFromPattern("$1")
                .should().respectTheirAllowedDependencies(allow()
                                .fromModule(CASES).toModules()
                                .fromModule(JDBC).toModules()
                                .fromModule(SLA).toModules(CASES, JDBC)
                                .fromModule(QUERY).toModules(CASES, SLA, JDBC)
                                .fromModule(AUDIT).toModules(JDBC)
                                .fromModule(OPS).toModules(CASES, SLA, QUERY, AUDIT, JDBC),
                        consideringOnlyDependenciesBetweenModules());
    }

    /** The case model stands on the JDK, Axon's messaging and modelling, and Jackson: no Spring, no JDBC. */
    ArchRule caseModuleUsesOnlyTheJdkAxonAndJackson() {
        return classes().that().resideInAPackage(root + "." + CASES + "..")
                .should().onlyDependOnClassesThat(resideInAnyPackage(root + "." + CASES + "..", "java..",
                        "org.axonframework..", "com.fasterxml.jackson..").and(not(jdbcOrSpring())));
    }

    /** What other modules compile against carries no Spring and no JDBC. */
    ArchRule apiPackagesHoldNoSpringAndNoJdbc() {
        return classes().that().resideInAPackage(root + ".*.api..")
                .should().onlyDependOnClassesThat(resideInAnyPackage(root + ".*.api..", "java..",
                        "org.axonframework..", "com.fasterxml.jackson..").and(not(jdbcOrSpring())));
    }

    /** The jdbc library is plain Java, so every module can use it without taking anything else along. */
    ArchRule jdbcLibraryUsesOnlyTheJdk() {
        return classes().that().resideInAPackage(root + "." + JDBC + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + "." + JDBC + "..", "java..");
    }

    private DescribedPredicate<JavaClass> published() {
        return resideInAPackage(root + ".*.api..")
                .or(resideInAPackage(root + ".*").and(simpleNameEndingWith("Configuration")))
                .or(resideInAPackage(root + "." + JDBC + ".."))
                .as("are in a module's api package, are its root package's *Configuration, or are in the jdbc library");
    }

    private static DescribedPredicate<JavaClass> jdbcOrSpring() {
        return resideInAnyPackage("java.sql..", "javax.sql..", "org.springframework..", "org.axonframework.spring..",
                "..jdbc..", "..jpa..");
    }
}
