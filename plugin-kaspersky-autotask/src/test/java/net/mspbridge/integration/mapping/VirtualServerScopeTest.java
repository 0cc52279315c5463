package net.mspbridge.integration.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import net.mspbridge.api.ConfigurationException;
import net.mspbridge.api.ServiceUnavailableException;
import net.mspbridge.api.settings.FieldPath;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.api.settings.ValidationResult;
import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.kaspersky.ksc.UnknownVirtualServerException;
import net.mspbridge.integration.settings.SettingsKeys;

/** Issue 14, point 5: the virtual server scope is checked when the Connection panel is saved. */
class VirtualServerScopeTest {

    private static final FieldPath SCOPE = FieldPath.field(SettingsKeys.KSC_VIRTUAL_SERVER);

    private final FakePorts ports = new FakePorts();

    private ValidationResult save(SettingsValues values) {
        return new DefaultSettingsService(ApplicationCatalog.load(), ports)
                .validate(SettingsKeys.CONNECTION_PANEL, Contexts.of(values));
    }

    private static SettingsValues scope(String name) {
        return Contexts.CONNECTION.with(SettingsKeys.KSC_VIRTUAL_SERVER, name);
    }

    @Test
    void aScopeTheServerHasIsAcceptedSilently() {
        ports.customer("12", "Contoso");

        assertThat(save(scope("Contoso")).messages()).isEmpty();
        assertThat(ports.built).containsExactly("usageSource");
    }

    @Test
    void aScopeTheServerLacksIsOneWarningListingTheVirtualServersItHas() {
        ports.customersFailure = () -> new UnknownVirtualServerException("has no virtual server named 'Contso' "
                + "(ksc.virtualServer)", "Contso", List.of("Fabrikam", "Contoso", "Northwind"));

        ValidationResult result = save(scope("Contso"));

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).singleElement().satisfies(m -> {
            assertThat(m.path()).isEqualTo(SCOPE);
            assertThat(m.text()).isEqualTo("Kaspersky Security Center has no virtual server named \"Contso\", so a "
                    + "billing run would stop at once. The virtual servers it has: Contoso, Fabrikam, Northwind. Correct "
                    + "the name, or leave the field empty to bill every virtual server.");
        });
    }

    @Test
    void aServerOutOfReachIsSaidPlainlyWithoutInternalKeysOrSecrets() {
        ports.customersFailure = () -> new ServiceUnavailableException("Kaspersky Security Center", "Kaspersky Security Center at ksc.contoso-msp.com:13299 "
                + "did not answer (connection refused); password " + Contexts.KSC_PASSWORD + ". Check the address ("
                + SettingsKeys.KSC_ADDRESS + ").");

        ValidationResult result = save(scope("Contoso"));

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).singleElement().satisfies(m -> {
            assertThat(m.path()).isEqualTo(SCOPE);
            assertThat(m.text()).startsWith("The virtual server scope \"Contoso\" could not be checked: Kaspersky "
                    + "Security Center at ksc.contoso-msp.com:13299 did not answer (connection refused)")
                    .contains("(\"Administration Server address\" on the Connection panel)", "Test Kaspersky connection")
                    .doesNotContain(SettingsKeys.KSC_ADDRESS, Contexts.KSC_PASSWORD);
        });
    }

    @Test
    void noScopeOrIncompleteSettingsOrBusinessHubContactNothing() {
        save(Contexts.CONNECTION);
        save(scope("Contoso").with(SettingsKeys.KSC_USERNAME, ""));
        save(scope("Contoso").with(SettingsKeys.KASPERSKY_SOLUTION, "kbh"));

        assertThat(ports.built).isEmpty();
    }

    @Test
    void settingsKeysInStepDetailsAreShownAsTheFieldsLabel() {
        assertThat(FieldLabels.humanize("Correct the virtual server setting (ksc.virtualServer) or leave it empty; "
                + "set kaspersky.solution to 'ksc'; ksc.address.example stays."))
                .isEqualTo("Correct the virtual server setting (\"Virtual server scope\" on the Connection panel) or "
                        + "leave it empty; set \"Kaspersky solution\" on the Connection panel to 'ksc'; "
                        + "ksc.address.example stays.");
    }

    @Test
    void rowsThatCannotBeReadNameTheSettingByItsLabel() {
        ports.customersFailure = () -> new ConfigurationException("Kaspersky Security Center settings "
                + "are incomplete: the user name (" + SettingsKeys.KSC_USERNAME + ").");

        assertThatThrownBy(() -> new DefaultSettingsService(ApplicationCatalog.load(), ports)
                .rows(SettingsKeys.CUSTOMERS_SOURCE, Contexts.of(Contexts.CONNECTION)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Kaspersky Security Center settings are incomplete: the user name (\"Security Center user\" "
                        + "on the Connection panel).");
    }

    @Test
    void aServerThatDoesNotAnswerDoesNotHoldTheSave() throws InterruptedException {
        CountDownLatch released = new CountDownLatch(1);
        ports.customersFailure = () -> {
            try {
                released.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new IllegalStateException("answered too late");
        };
        try {
            ValidationResult result = VirtualServerScope.check(Contexts.of(scope("Contoso")), ports,
                    Duration.ofMillis(200));

            assertThat(result.errors()).isEmpty();
            assertThat(result.warnings()).singleElement().satisfies(m -> assertThat(m.text())
                    .isEqualTo("The virtual server scope \"Contoso\" could not be checked: Kaspersky Security Center did "
                            + "not answer within 0.2 s. The settings are saved; run \"Test Kaspersky connection\" once the "
                            + "server can be reached."));
        } finally {
            released.countDown();
        }
    }
}
