package net.mspbridge.integration;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin's dependency directions of docs/architecture.md, checked on its main classes:
 * {@code billing} is pure logic, {@code autotask} and {@code kaspersky} import nothing above them,
 * and no two packages import each other. Each rule is also checked against a small fixture that
 * breaks it ({@code net.mspbridge.archfixture}, test classes only), so a rule that could never fail
 * would be caught.
 *
 * <p>ArchUnit reads bytecode: a class that only uses another's compile-time constants (a
 * {@code static final String} key) has them inlined by javac and shows no dependency. That is how
 * {@code kaspersky} could name {@code SettingsKeys} unseen. So the rule for the two clients is also
 * checked on the source: no file of theirs names a package above them.
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

    /** A reference to a package above the clients, in source: catches constants javac inlines. */
    private static final Pattern ABOVE_THE_CLIENTS =
            Pattern.compile("net\\.mspbridge\\.integration\\.(billing|mapping|settings|plugin)\\b");

    /** The files under {@code sources} that name a package above the clients. */
    static List<Path> sourcesNamingAPackageAbove(Path sources) {
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(file -> file.toString().endsWith(".java")).filter(file -> {
                try {
                    return ABOVE_THE_CLIENTS.matcher(Files.readString(file)).find();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void autotaskAndKasperskySourcesNameNothingAboveThem() {
        Path main = Path.of("src/main/java/net/mspbridge/integration");
        assertThat(sourcesNamingAPackageAbove(main.resolve("autotask"))).isEmpty();
        assertThat(sourcesNamingAPackageAbove(main.resolve("kaspersky"))).isEmpty();
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
        void aClientSourceUsingOnlyASettingsConstantIsFound(@TempDir Path sources) throws IOException {
            Path file = Files.writeString(sources.resolve("Keys.java"), """
                    package net.mspbridge.integration.kaspersky;

                    import net.mspbridge.integration.settings.SettingsKeys;

                    final class Keys {
                        static final String KEY = SettingsKeys.KSC_ADDRESS;
                    }
                    """);
            Files.writeString(sources.resolve("Clean.java"), "package net.mspbridge.integration.kaspersky;\n");

            assertThat(sourcesNamingAPackageAbove(sources)).containsExactly(file);
        }

        @Test
        void twoPackagesImportingEachOtherFail() {
            assertThatThrownBy(() -> noPackageCycles(FIXTURE).check(fixture))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Cycle detected");
        }
    }
}
