package net.mspbridge.integration.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import net.mspbridge.api.HostContext;
import net.mspbridge.api.host.PluginStore;
import net.mspbridge.api.host.Secrets;
import net.mspbridge.api.settings.ActionResult;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.api.settings.StepOutcome;
import net.mspbridge.api.settings.ValidationResult;
import net.mspbridge.integration.kaspersky.ApplicationCatalog;

/**
 * The plugin's own guard for hosts of contract 1.0, which pass the stored secret along with any
 * proposed destination: the plugin remembers where each stored secret belongs and withholds it from
 * any other destination until another secret is typed.
 */
class SecretBindingsTest {

    private static final String ATTACKER = "http://127.0.0.1:19121/attacker-chosen-path/";
    private static final SettingsValues STORED = Contexts.CONNECTION
            .with(SettingsKeys.AUTOTASK_BASE_URL, "http://127.0.0.1:8081/sandbox/");

    private final PluginStore store = PluginStore.inMemory();
    private final FakePorts ports = new FakePorts();
    private final DefaultSettingsService oldHost = new DefaultSettingsService(ApplicationCatalog.load(), ports,
            new SecretBindings(false));

    private HostContext context(SettingsValues values, Secrets secrets) {
        return new HostContext(values, secrets, Contexts.CLOCK, store, Optional.empty());
    }

    /** What a 1.0 host does when the page loads: panels with the stored values and secrets. */
    private void pageLoaded() {
        oldHost.panels(context(STORED, Contexts.SECRETS));
    }

    @Nested
    class InAHostOfContract10 {

        @Test
        void testingAProposedBaseUrlWithTheStoredSecretBuildsNoClientAndSaysToTypeItAgain() {
            pageLoaded();
            ActionResult result = oldHost.runAction(SettingsKeys.CONNECTION_PANEL, SettingsKeys.TEST_AUTOTASK_ACTION,
                    context(STORED.with(SettingsKeys.AUTOTASK_BASE_URL, ATTACKER), Contexts.SECRETS));

            assertThat(ports.built).doesNotContain("autotaskProbe");
            assertThat(result.outcome()).isEqualTo(StepOutcome.FAILED);
            assertThat(result.toString()).contains("Type the Autotask API secret again");
        }

        @Test
        void savingAProposedKscAddressOrPinWithTheStoredPasswordIsRefused() {
            pageLoaded();
            for (SettingsValues moved : new SettingsValues[] {
                    STORED.with(SettingsKeys.KSC_ADDRESS, "127.0.0.1:19122"),
                    STORED.with(SettingsKeys.KSC_CERTIFICATE_PIN, "ab".repeat(32))}) {
                ValidationResult verdict = oldHost.validate(SettingsKeys.CONNECTION_PANEL, context(moved, Contexts.SECRETS));
                assertThat(verdict.errors()).anySatisfy(m -> {
                    assertThat(m.path().fieldKey()).isEqualTo(SettingsKeys.KSC_PASSWORD);
                    assertThat(m.text()).contains("Type the Kaspersky Security Center password again");
                });
            }
        }

        @Test
        void aNewSecretTypedForTheNewDestinationIsUsed() {
            pageLoaded();
            Secrets typed = Secrets.of(Map.of(SettingsKeys.AUTOTASK_SECRET, "a-new-secret-typed-now",
                    SettingsKeys.KSC_PASSWORD, Contexts.KSC_PASSWORD));
            oldHost.runAction(SettingsKeys.CONNECTION_PANEL, SettingsKeys.TEST_AUTOTASK_ACTION,
                    context(STORED.with(SettingsKeys.AUTOTASK_BASE_URL, ATTACKER), typed));

            assertThat(ports.built).contains("autotaskProbe");
        }

        @Test
        void theStoredDestinationKeepsWorkingAndWhiteSpaceMovesNothing() {
            pageLoaded();
            oldHost.runAction(SettingsKeys.CONNECTION_PANEL, SettingsKeys.TEST_AUTOTASK_ACTION,
                    context(STORED.with(SettingsKeys.AUTOTASK_BASE_URL, " http://127.0.0.1:8081/sandbox/ "),
                            Contexts.SECRETS));

            assertThat(ports.built).contains("autotaskProbe");
        }

        @Test
        void aStoredSecretWhoseDestinationMovedUnderItIsWithheldFromStoredCallsToo() {
            pageLoaded();
            // A 1.0 host let a save move the destination while keeping the secret (say, with the field hidden).
            HostContext movedStored = context(STORED.with(SettingsKeys.AUTOTASK_BASE_URL, ATTACKER), Contexts.SECRETS);
            oldHost.panels(movedStored);
            SecretBindings bindings = new SecretBindings(false);

            HostContext guarded = bindings.guard(movedStored);
            assertThat(guarded.secrets().get(SettingsKeys.AUTOTASK_SECRET)).isEmpty();
            assertThat(SecretBindings.withheld(guarded.secrets())).containsExactly(SettingsKeys.AUTOTASK_SECRET);
            assertThat(guarded.secrets().get(SettingsKeys.KSC_PASSWORD)).isPresent();
            assertThat(store.list(SecretBindings.STORE_PREFIX).values()).noneMatch(v -> v.contains(Contexts.AUTOTASK_SECRET));
        }
    }

    @Test
    void aHostOfContract11DecidesItself() {
        DefaultSettingsService newHost = new DefaultSettingsService(ApplicationCatalog.load(), ports,
                new SecretBindings(true));
        newHost.panels(context(STORED, Contexts.SECRETS));
        // Such a host passes a secret with a new destination only when it was typed again, whatever its value.
        newHost.runAction(SettingsKeys.CONNECTION_PANEL, SettingsKeys.TEST_AUTOTASK_ACTION,
                context(STORED.with(SettingsKeys.AUTOTASK_BASE_URL, ATTACKER), Contexts.SECRETS));

        assertThat(ports.built).contains("autotaskProbe");
        assertThat(store.list(SecretBindings.STORE_PREFIX)).isEmpty();
    }
}
