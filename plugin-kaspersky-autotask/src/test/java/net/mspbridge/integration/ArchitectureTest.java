package net.mspbridge.integration;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The plugin's dependency directions of docs/architecture.md, checked on its main classes:
 * {@code billing} is pure logic, {@code autotask} and {@code kaspersky} import nothing above them,
 * and no two packages import each other. Each rule is also checked against a small fixture that
 * breaks it ({@code net.mspbridge.archfixture}, test classes only), so a rule that could never fail
 * would be caught.
 *
 * <p>ArchUnit reads bytecode: a class that only uses another's compile-time constants (a
 * {@code static final String} key) has them inlined by javac and shows no dependency. That is how
 * {@code kaspersky} could name {@code SettingsKeys} unseen; keep such constants where the rules say.
 */
class ArchitectureTest {

    private static final String PLUGIN = "net.mspbridge.integration";
    private static final String FIXTURE = "net.mspbridge.archfixture";

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(PLUGIN);

    /** The reconciliation and the run speak to Autotask and Kaspersky only through their own ports. */
    static ArchRule billingImportsNoHttpJsonOrClient(String root) {
        return noClasses().that().resideInAPackage(root + ".billing..")
                .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "com.fasterxml.jackson..",
                        root + ".autotask..", root + ".kaspersky.ksc..")
                .because("billing is pure logic: no HTTP, no JSON, no client (docs/architecture.md)");
    }

    /** The two clients are the ground floor: they know no billing, settings, settings page or wiring. */
    static ArchRule clientsImportNothingAboveThem(String root) {
        return noClasses().that().resideInAnyPackage(root + ".autotask..", root + ".kaspersky..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".billing..", root + ".mapping..",
                        root + ".settings..", root + ".plugin..")
                .because("autotask and kaspersky take plain config and depend on nothing above them");
    }

    /** Dependencies between the plugin's packages point one way. */
    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    @Test
    void billingImportsNoHttpJsonOrClientPackage() {
        billingImportsNoHttpJsonOrClient(PLUGIN).check(MAIN);
    }

    @Test
    void autotaskAndKasperskyImportNothingAboveThem() {
        clientsImportNothingAboveThem(PLUGIN).check(MAIN);
    }

    @Test
    void thePluginsPackagesHaveNoCycles() {
        noPackageCycles(PLUGIN).check(MAIN);
    }

    /** Each rule fails on a fixture that breaks it. */
    @Nested
    class RulesFailWhenBroken {

        private final JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE);

        @Test
        void billingUsingJsonOrAClientFails() {
            assertThatThrownBy(() -> billingImportsNoHttpJsonOrClient(FIXTURE).check(fixture))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("com.fasterxml.jackson")
                    .hasMessageContaining(FIXTURE + ".autotask.FixtureClient");
        }

        @Test
        void kasperskyUsingBillingFails() {
            assertThatThrownBy(() -> clientsImportNothingAboveThem(FIXTURE).check(fixture))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining(FIXTURE + ".kaspersky.ReadsBilling")
                    .hasMessageContaining(FIXTURE + ".billing.UsesClients");
        }

        @Test
        void twoPackagesImportingEachOtherFail() {
            assertThatThrownBy(() -> noPackageCycles(FIXTURE).check(fixture))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Cycle detected");
        }
    }
}
