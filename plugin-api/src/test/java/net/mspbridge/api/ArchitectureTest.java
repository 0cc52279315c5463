package net.mspbridge.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * plugin-api depends on nothing of ours and on no library but PF4J: any host can implement it and
 * serialise its types as it likes (docs/architecture.md). Checked on the main classes, and shown to
 * fail on a fixture that uses a library ({@code net.mspbridge.archfixture.api}, a test class).
 */
class ArchitectureTest {

    static ArchRule dependsOnlyOnTheJdkAndPf4j(String root) {
        return classes().that().resideInAPackage(root + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax..", "org.pf4j..", root + "..")
                .because("the contract carries no third-party types and knows no module of ours");
    }

    @Test
    void theContractDependsOnlyOnTheJdkAndPf4j() {
        JavaClasses api = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("net.mspbridge.api");
        dependsOnlyOnTheJdkAndPf4j("net.mspbridge.api").check(api);
    }

    @Test
    void theRuleFailsWhenTheContractUsesALibrary() {
        JavaClasses fixture = new ClassFileImporter().importPackages("net.mspbridge.archfixture.api");
        assertThatThrownBy(() -> dependsOnlyOnTheJdkAndPf4j("net.mspbridge.archfixture.api").check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.assertj");
    }
}
