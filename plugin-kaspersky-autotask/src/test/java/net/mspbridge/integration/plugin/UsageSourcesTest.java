package net.mspbridge.integration.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import net.mspbridge.api.ConfigurationException;
import net.mspbridge.api.HostContext;
import net.mspbridge.api.host.DeviceInventory;
import net.mspbridge.api.host.LicenseStatus;
import net.mspbridge.api.host.Secrets;
import net.mspbridge.api.settings.ActionResult;
import net.mspbridge.api.settings.ActionStep;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.api.settings.StepOutcome;
import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.kaspersky.CustomerUsage;
import net.mspbridge.integration.kaspersky.FakeInventory;
import net.mspbridge.integration.kaspersky.KasperskyCustomer;
import net.mspbridge.integration.kaspersky.UnusedStore;
import net.mspbridge.integration.kaspersky.UsageCounts;
import net.mspbridge.integration.kaspersky.UsageSource;
import net.mspbridge.integration.kaspersky.ksc.FakeKsc;
import net.mspbridge.integration.settings.SettingsKeys;

class UsageSourcesTest {

    private static final KasperskyCustomer CONTOSO = new KasperskyCustomer("12", "Contoso");

    private final UsageSources sources = new UsageSources(ApplicationCatalog.load());
    private final FakeInventory inventory = new FakeInventory().customer("c-1", "Acme")
            .seats("c-1", "Kaspersky Endpoint Security Cloud Plus", 25, LicenseStatus.SUBSCRIPTION);
    private FakeKsc ksc;

    @BeforeEach
    void startServer() {
        ksc = FakeKsc.start();
        ksc.addVirtualServer(12, "Contoso").fixture("contoso");
    }

    @AfterEach
    void stopServer() {
        ksc.close();
    }

    private Map<String, String> kscSettings() {
        Map<String, String> values = new HashMap<>();
        values.put(SettingsKeys.KASPERSKY_SOLUTION, "ksc");
        values.put(SettingsKeys.KSC_ADDRESS, ksc.address());
        values.put(SettingsKeys.KSC_USERNAME, FakeKsc.USER);
        values.put(SettingsKeys.KSC_CERTIFICATE_PIN, ksc.certificate().certificatePem());
        return values;
    }

    private static HostContext context(Map<String, String> settings, String password,
            Optional<DeviceInventory> inventory, LocalDate today) {
        Secrets secrets = password == null ? Secrets.none() : Secrets.of(Map.of(SettingsKeys.KSC_PASSWORD, password));
        Clock clock = Clock.fixed(Instant.parse(today + "T09:00:00Z"), ZoneOffset.UTC);
        return new HostContext(new SettingsValues(settings, Map.of()), secrets, clock, new UnusedStore(), inventory);
    }

    private HostContext kscContext(LocalDate today) {
        return context(kscSettings(), FakeKsc.PASSWORD, Optional.of(inventory), today);
    }

    private HostContext hubContext(Optional<DeviceInventory> inventory) {
        return context(Map.of(SettingsKeys.KASPERSKY_SOLUTION, "kbh"), null, inventory, LocalDate.of(2026, 6, 15));
    }

    @Nested
    class Open {

        @Test
        void readsSecurityCenterForTheKscSolutionFromTheStoredSettings() {
            UsageSource source = sources.open(kscContext(LocalDate.of(2026, 6, 15)), LocalDate.of(2026, 6, 15));

            assertThat(source.customers()).containsExactly(CONTOSO);
            assertThat(source.usage(List.of(CONTOSO)).get(0).of("kes-linux").nonWindows()).isEqualTo(1);
        }

        @Test
        void takesTheBillingDateFromTheHostClockWhenNoneIsGiven() {
            // Contoso's subscription ends 2026-12-31: on that day its Linux server no longer counts.
            UsageSource source = sources.open(kscContext(LocalDate.of(2026, 12, 31)));

            assertThat(source.usage(List.of(CONTOSO)).get(0).of("kes-linux")).isEqualTo(UsageCounts.NONE);
        }

        @Test
        void readsTheHostInventoryForBusinessHubCountingItsApplicationsOnly() {
            UsageSource source = sources.open(hubContext(Optional.of(inventory)), LocalDate.of(2026, 6, 15));

            KasperskyCustomer acme = new KasperskyCustomer("c-1", "Acme");
            assertThat(source.customers()).containsExactly(acme);
            assertThat(source.usage(List.of(acme))).containsExactly(
                    new CustomerUsage(acme, Map.of("kes-cloud-plus", UsageCounts.ofUsers(25))));
        }

        @Test
        void refusesBusinessHubOnAHostWithoutInventory() {
            assertThatThrownBy(() -> sources.open(hubContext(Optional.empty()), LocalDate.of(2026, 6, 15)))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("device inventory")
                    .hasMessageContaining(SettingsKeys.KASPERSKY_SOLUTION);
        }

        @Test
        void refusesSettingsWithoutASolution() {
            Map<String, String> settings = kscSettings();
            settings.remove(SettingsKeys.KASPERSKY_SOLUTION);

            assertThatThrownBy(() -> sources.open(context(settings, FakeKsc.PASSWORD, Optional.empty(),
                    LocalDate.of(2026, 6, 15))))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("No Kaspersky solution is chosen: set kaspersky.solution to 'ksc' (Kaspersky"
                            + " Security Center) or 'kbh' (Kaspersky Business Hub).");
        }

        @Test
        void refusesAnUnknownSolution() {
            Map<String, String> settings = kscSettings();
            settings.put(SettingsKeys.KASPERSKY_SOLUTION, "kes");

            assertThatThrownBy(() -> sources.open(context(settings, FakeKsc.PASSWORD, Optional.empty(),
                    LocalDate.of(2026, 6, 15)))).hasMessageStartingWith("Unknown Kaspersky solution 'kes'");
        }

        @Test
        void refusesSecurityCenterWithoutAPassword() {
            assertThatThrownBy(() -> sources.open(context(kscSettings(), null, Optional.empty(),
                    LocalDate.of(2026, 6, 15)))).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("the password (ksc.password)");
        }

        @Test
        void contactsNothingUntilTheSourceIsUsed() {
            sources.open(kscContext(LocalDate.of(2026, 6, 15)));

            assertThat(ksc.logins()).isEmpty();
        }
    }

    @Nested
    class TestConnection {

        @Test
        void testsSecurityCenterStepByStep() {
            ActionResult result = sources.testConnection(kscContext(LocalDate.of(2026, 6, 15)));

            assertThat(result.steps()).extracting(ActionStep::name)
                    .containsExactly("Server reached", "Logged in", "Virtual servers", "Virtual server scope");
            assertThat(result.outcome()).isEqualTo(StepOutcome.SUCCESSFUL);
        }

        @Test
        void reportsASettingsProblemAsAFailedStep() {
            ActionResult result = sources.testConnection(context(kscSettings(), null, Optional.empty(),
                    LocalDate.of(2026, 6, 15)));

            assertThat(result.steps()).singleElement().satisfies(step -> {
                assertThat(step.name()).isEqualTo(UsageSources.SETTINGS_STEP);
                assertThat(step.outcome()).isEqualTo(StepOutcome.FAILED);
                assertThat(step.detail()).contains("ksc.password");
            });
        }

        @Test
        void reportsAMalformedPinAsAFailedStep() {
            Map<String, String> settings = kscSettings();
            settings.put(SettingsKeys.KSC_CERTIFICATE_PIN, "12:34");

            ActionResult result = sources.testConnection(context(settings, FakeKsc.PASSWORD, Optional.empty(),
                    LocalDate.of(2026, 6, 15)));

            assertThat(result.outcome()).isEqualTo(StepOutcome.FAILED);
            assertThat(result.steps().get(0).detail()).contains("ksc.certificatePin");
        }

        @Test
        void checksTheInventoryForBusinessHub() {
            assertThat(sources.testConnection(hubContext(Optional.of(inventory))).steps()).containsExactly(
                    ActionStep.successful(UsageSources.INVENTORY_STEP,
                            "The host's device inventory has 1 customer(s)."));
            assertThat(sources.testConnection(hubContext(Optional.empty())).outcome()).isEqualTo(StepOutcome.FAILED);
        }
    }

    @Test
    void isBuiltByGuiceFromTheCatalog() {
        Injector injector = Guice.createInjector(binder ->
                binder.bind(ApplicationCatalog.class).toInstance(ApplicationCatalog.load()));

        assertThat(injector.getInstance(UsageSources.class)).isSameAs(injector.getInstance(UsageSources.class));
    }
}
