package net.mspbridge.host.sandbox;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The sandboxes stand apart: they import nothing of the host (any {@code net.mspbridge.host} package
 * outside {@code net.mspbridge.host.sandbox}) and nothing of the plugin ({@code net.mspbridge.integration}),
 * and their packages import each other in no loop. Each rule is also run on fixtures that break it.
 */
class SandboxesArchitectureTest {

    static final ArchRule IMPORTS_NOTHING_OF_HOST_OR_PLUGIN = noClasses()
            .that().resideInAPackage("net.mspbridge.host.sandbox..")
            .should().dependOnClassesThat(resideInAnyPackage("net.mspbridge.host..", "net.mspbridge.integration..")
                    .and(not(resideInAPackage("net.mspbridge.host.sandbox.."))))
            .because("the sandboxes stand in for Autotask and KSC: the host and the plugin use them, never the reverse");

    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("net.mspbridge.(**)")
            .should().beFreeOfCycles();

    private static final JavaClasses SANDBOXES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("net.mspbridge.host.sandbox");

    @Test
    void theSandboxesImportNothingOfTheHostOrThePlugin() {
        IMPORTS_NOTHING_OF_HOST_OR_PLUGIN.check(SANDBOXES);
    }

    @Test
    void noPackageCycles() {
        NO_PACKAGE_CYCLES.check(SANDBOXES);
    }

    @Test
    void aSandboxClassThatReachesIntoTheHostBreaksTheRule() {
        JavaClasses broken = new ClassFileImporter().importPackages("net.mspbridge.host.sandbox.archfixture");

        assertThatThrownBy(() -> IMPORTS_NOTHING_OF_HOST_OR_PLUGIN.check(broken)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("ReachesIntoTheHost").hasMessageContaining("net.mspbridge.host.outside.HostSide");
    }

    @Test
    void twoSandboxPackagesThatImportEachOtherBreakTheRule() {
        JavaClasses broken = new ClassFileImporter().importPackages("net.mspbridge.host.sandbox.archfixture",
                "net.mspbridge.host.outside");

        assertThatThrownBy(() -> NO_PACKAGE_CYCLES.check(broken)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected");
    }
}
