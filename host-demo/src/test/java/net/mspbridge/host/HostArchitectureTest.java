package net.mspbridge.host;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The host's dependency rules (docs/architecture.md), checked on the compiled classes of host-demo
 * and of the sandboxes module it runs:
 * <ul>
 * <li>the host's core (every package but the starter {@code net.mspbridge.host} itself) never imports
 *     the sandboxes ({@code net.mspbridge.host.sandbox..}) or the plugin-specific demo wiring
 *     ({@code net.mspbridge.host.demo..}): only the starter, HostMain, ServedHost and DemoSide, starts them;</li>
 * <li>no two packages import each other, directly or round a loop.</li>
 * </ul>
 * Each rule is also run once on test fixtures that break it, so a rule that could never fail would
 * show here.
 */
class HostArchitectureTest {

    /** The package that puts the host together and is allowed to start the demo. */
    static final String STARTER = "net.mspbridge.host";

    static final ArchRule CORE_KNOWS_NO_DEMO = noClasses()
            .that().resideInAPackage("net.mspbridge.host..")
            .and().resideOutsideOfPackages(STARTER, "net.mspbridge.host.demo..", "net.mspbridge.host.sandbox..")
            .should().dependOnClassesThat().resideInAnyPackage("net.mspbridge.host.demo..", "net.mspbridge.host.sandbox..")
            .because("the host knows nothing of Kaspersky or Autotask: only " + STARTER
                    + " (HostMain, ServedHost, DemoSide) starts the sandboxes and the demo wiring");

    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("net.mspbridge.(**)")
            .should().beFreeOfCycles()
            .because("a package that imports another must not be imported back");

    private static final JavaClasses HOST = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("net.mspbridge.host");

    @Test
    void theCoreNeverImportsTheSandboxesOrTheDemoWiring() {
        CORE_KNOWS_NO_DEMO.check(HOST);
    }

    @Test
    void noPackageCycles() {
        NO_PACKAGE_CYCLES.check(HOST);
    }

    @Test
    void aCoreClassThatStartsTheSandboxesBreaksTheRule() {
        JavaClasses broken = new ClassFileImporter().importPackages("net.mspbridge.host.archfixture.core");

        assertThatThrownBy(() -> CORE_KNOWS_NO_DEMO.check(broken)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("CoreThatStartsSandboxes").hasMessageContaining("Sandboxes")
                .hasMessageContaining("CoreThatSetsUpTheDemo").hasMessageContaining("DemoSetup");
    }

    @Test
    void twoPackagesThatImportEachOtherBreakTheRule() {
        JavaClasses broken = new ClassFileImporter().importPackages("net.mspbridge.host.archfixture.cycle");

        assertThatThrownBy(() -> NO_PACKAGE_CYCLES.check(broken)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected");
    }
}
