package net.mspbridge.integration.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import net.mspbridge.api.ConfigurationException;
import net.mspbridge.api.ServiceUnavailableException;
import net.mspbridge.api.host.DeviceInventory;
import net.mspbridge.api.host.InventoryCustomer;
import net.mspbridge.api.host.Secrets;
import net.mspbridge.api.settings.ActionResult;
import net.mspbridge.api.settings.ActionStep;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.api.settings.StepOutcome;
import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.settings.SettingsKeys;

class TestConnectionActionsTest {

    private final FakePorts ports = new FakePorts();

    private ActionResult run(String action, SettingsValues values) {
        return run(action, values, Contexts.SECRETS, Optional.empty());
    }

    private ActionResult run(String action, SettingsValues values, Secrets secrets, Optional<DeviceInventory> inventory) {
        return new DefaultSettingsService(ApplicationCatalog.load(), ports)
                .runAction(SettingsKeys.CONNECTION_PANEL, action, Contexts.of(values, secrets, inventory));
    }

    private static void assertNoSecretIn(ActionResult result) {
        assertThat(result.steps()).allSatisfy(step -> assertThat(step.detail())
                .doesNotContain(Contexts.AUTOTASK_SECRET).doesNotContain(Contexts.KSC_PASSWORD));
    }

    @Nested
    class Autotask {

        @Test
        void reportsZoneCredentialsAndBudgetStepByStep() {
            ActionResult result = run(SettingsKeys.TEST_AUTOTASK_ACTION, Contexts.CONNECTION);

            assertThat(result.outcome()).isEqualTo(StepOutcome.SUCCESSFUL);
            assertThat(result.steps()).extracting(ActionStep::name, ActionStep::outcome, ActionStep::detail).containsExactly(
                    tuple("Zone found", StepOutcome.SUCCESSFUL, "Zone \"America West\" found for "
                            + "billing-api@contoso-msp.com: the API is at https://webservices5.autotask.net/ATServicesRest/."),
                    tuple("Credentials accepted", StepOutcome.SUCCESSFUL,
                            "Autotask accepted the API user, secret and integration code."),
                    tuple("API budget", StepOutcome.SUCCESSFUL, "1234 of 10000 requests of the last 60 minutes are in "
                            + "use (12%); billing runs stop at 50%."));
            assertThat(ports.autotaskProbe.calls).containsExactly("findZone", "checkCredentials", "apiBudget");
        }

        @Test
        void saysWhenTheBaseUrlOverrideIsUsedInsteadOfZoneDiscovery() {
            ports.autotaskProbe.zone = new AutotaskConnectionProbe.Zone("", "http://127.0.0.1:41234/ATServicesRest/");

            ActionResult result = run(SettingsKeys.TEST_AUTOTASK_ACTION,
                    Contexts.CONNECTION.with(SettingsKeys.AUTOTASK_BASE_URL, "http://127.0.0.1:41234/ATServicesRest/"));

            assertThat(result.steps().get(0).detail())
                    .isEqualTo("Using the base URL override http://127.0.0.1:41234/ATServicesRest/; zone discovery skipped.");
        }

        @Test
        void aBudgetAboveTheConfiguredShareSaysARunWouldBeDeferred() {
            ports.autotaskProbe.budget = new AutotaskConnectionProbe.ApiBudget(4100, 10000, 60);

            ActionResult result = run(SettingsKeys.TEST_AUTOTASK_ACTION,
                    Contexts.CONNECTION.with(SettingsKeys.API_BUDGET_SHARE, "40"));

            assertThat(result.steps().get(2).outcome()).isEqualTo(StepOutcome.SUCCESSFUL);
            assertThat(result.steps().get(2).detail()).contains("(41%); billing runs stop at 40%.")
                    .endsWith("A billing run started now would be deferred until usage drops.");
        }

        @Test
        void aFailedStepSaysWhatToFixAndTheLaterOnesAreNotTried() {
            ports.autotaskProbe.failAt("checkCredentials", new ServiceUnavailableException("Autotask",
                    "Autotask rejected the API user, secret or integration code: check them on the Connection panel."));

            ActionResult result = run(SettingsKeys.TEST_AUTOTASK_ACTION, Contexts.CONNECTION);

            assertThat(result.outcome()).isEqualTo(StepOutcome.FAILED);
            assertThat(result.steps()).extracting(ActionStep::outcome).containsExactly(
                    StepOutcome.SUCCESSFUL, StepOutcome.FAILED, StepOutcome.SKIPPED);
            assertThat(result.steps().get(1).detail()).startsWith("Autotask rejected the API user");
            assertThat(result.steps().get(2).detail()).isEqualTo("Not tried, because \"Credentials accepted\" failed.");
            assertThat(ports.autotaskProbe.calls).containsExactly("findZone", "checkCredentials");
        }

        @Test
        void noZoneFoundFailsTheFirstStep() {
            ports.autotaskProbe.failAt("findZone", new ServiceUnavailableException("Autotask",
                    "Autotask found no zone for user billing-api@contoso-msp.com: check the API user name."));

            ActionResult result = run(SettingsKeys.TEST_AUTOTASK_ACTION, Contexts.CONNECTION);

            assertThat(result.steps()).extracting(ActionStep::outcome).containsExactly(
                    StepOutcome.FAILED, StepOutcome.SKIPPED, StepOutcome.SKIPPED);
        }

        @Test
        void incompleteSettingsFailBeforeAnythingIsContacted() {
            ActionResult result = run(SettingsKeys.TEST_AUTOTASK_ACTION,
                    SettingsValues.empty().with(SettingsKeys.AUTOTASK_USERNAME, "billing-api@contoso-msp.com"),
                    Secrets.none(), Optional.empty());

            assertThat(result.steps()).extracting(ActionStep::name, ActionStep::outcome).containsExactly(
                    tuple("Settings", StepOutcome.FAILED), tuple("Zone found", StepOutcome.SKIPPED),
                    tuple("Credentials accepted", StepOutcome.SKIPPED), tuple("API budget", StepOutcome.SKIPPED));
            assertThat(result.steps().get(0).detail()).startsWith("Fix these first: Enter the Autotask API secret")
                    .contains("Enter the integration code");
            assertThat(ports.built).isEmpty();
        }

        @Test
        void aSettingsProblemFoundWhileBuildingThePortFailsTheFirstStep() {
            ports.failToBuild(() -> new ConfigurationException("The base URL override is not allowed here."));

            ActionResult result = run(SettingsKeys.TEST_AUTOTASK_ACTION, Contexts.CONNECTION);

            assertThat(result.steps().get(0)).isEqualTo(
                    ActionStep.failed("Zone found", "The base URL override is not allowed here."));
        }

        @Test
        void aSecretInAFailureNeverReachesThePage() {
            ports.autotaskProbe.failAt("checkCredentials", new ServiceUnavailableException("Autotask",
                    "401 for Secret: " + Contexts.AUTOTASK_SECRET));

            ActionResult result = run(SettingsKeys.TEST_AUTOTASK_ACTION, Contexts.CONNECTION);

            assertNoSecretIn(result);
            assertThat(result.steps().get(1).detail()).isEqualTo("401 for Secret: ******");
        }

        @Test
        void anUnexpectedErrorIsAFailedStepAndItsLogLineHoldsNoSecret() {
            IllegalStateException defect = new IllegalStateException("adapter bug, secret " + Contexts.AUTOTASK_SECRET,
                    new RuntimeException("cause with " + Contexts.AUTOTASK_SECRET));
            ports.autotaskProbe.failAt("apiBudget", defect);

            ActionResult result;
            List<String> log;
            try (LogCapture capture = new LogCapture()) {
                result = run(SettingsKeys.TEST_AUTOTASK_ACTION, Contexts.CONNECTION);
                log = capture.lines();
            }

            assertThat(result.steps().get(2)).isEqualTo(ActionStep.failed("API budget",
                    "Unexpected error (IllegalStateException); the host log has the details."));
            assertThat(log).anySatisfy(line -> assertThat(line).contains("API budget")
                    .contains("java.lang.IllegalStateException: adapter bug, secret ******"));
            assertThat(String.join("\n", log)).doesNotContain(Contexts.AUTOTASK_SECRET);
        }
    }

    @Nested
    class SecurityCenter {

        @Test
        void reportsTheStepsTheKasperskySideTook() {
            ActionResult result = run(SettingsKeys.TEST_KASPERSKY_ACTION, Contexts.CONNECTION);

            assertThat(result.outcome()).isEqualTo(StepOutcome.SUCCESSFUL);
            assertThat(result.steps()).isEqualTo(ports.kscCheck.answer.get().steps());
            assertThat(ports.kscCheck.runs).isEqualTo(1);
        }

        @Test
        void aFailedStepFailsTheTestAndSecretsInAnyDetailAreMasked() {
            ports.kscCheck.answer = () -> ActionResult.of(
                    ActionStep.successful("Server reached", "Answered."),
                    ActionStep.failed("Logged in", "Refused user billing with password " + Contexts.KSC_PASSWORD),
                    ActionStep.skipped("Virtual servers", "Not tried."));

            ActionResult result = run(SettingsKeys.TEST_KASPERSKY_ACTION, Contexts.CONNECTION);

            assertThat(result.outcome()).isEqualTo(StepOutcome.FAILED);
            assertThat(result.steps().get(1).detail()).isEqualTo("Refused user billing with password ******");
            assertNoSecretIn(result);
        }

        @Test
        void aFailureThrownInsteadOfReportedIsOneFailedStepWithItsMessage() {
            ports.kscCheck.answer = () -> {
                throw new ServiceUnavailableException("Kaspersky Security Center",
                        "Could not connect to ksc.contoso-msp.com:13299: check the address and port.");
            };

            ActionResult result = run(SettingsKeys.TEST_KASPERSKY_ACTION, Contexts.CONNECTION);

            assertThat(result.steps()).containsExactly(ActionStep.failed("Kaspersky Security Center",
                    "Could not connect to ksc.contoso-msp.com:13299: check the address and port."));
        }

        @Test
        void aDefectIsAFailedStepNamingItsKind() {
            ports.kscCheck.answer = () -> {
                throw new NullPointerException("session");
            };

            ActionResult result = run(SettingsKeys.TEST_KASPERSKY_ACTION, Contexts.CONNECTION);

            assertThat(result.steps()).containsExactly(ActionStep.failed("Kaspersky Security Center",
                    "Unexpected error (NullPointerException); the host log has the details."));
        }

        @Test
        void incompleteSettingsFailBeforeTheServerIsContacted() {
            ActionResult result = run(SettingsKeys.TEST_KASPERSKY_ACTION, Contexts.CONNECTION, Secrets.none(),
                    Optional.empty());

            assertThat(result.steps()).extracting(ActionStep::name, ActionStep::outcome).containsExactly(
                    tuple("Settings", StepOutcome.FAILED), tuple("Kaspersky Security Center", StepOutcome.SKIPPED));
            assertThat(result.steps().get(0).detail()).contains("Enter the password of that Kaspersky Security Center user.");
            assertThat(ports.built).isEmpty();
        }
    }

    @Nested
    class BusinessHub {

        private final SettingsValues businessHub = Contexts.CONNECTION.with(SettingsKeys.KASPERSKY_SOLUTION, "kbh");

        @Test
        void saysUsageComesFromTheHostInventoryAndHowManyCustomersItHas() {
            ActionResult result = run(SettingsKeys.TEST_KASPERSKY_ACTION, businessHub, Contexts.SECRETS,
                    Optional.of(new ConnectionValidationTest.NoDevices(new InventoryCustomer("c1", "Contoso"),
                            new InventoryCustomer("c2", "Fabrikam"))));

            assertThat(result.steps()).singleElement().satisfies(step -> {
                assertThat(step.outcome()).isEqualTo(StepOutcome.SUCCESSFUL);
                assertThat(step.detail()).isEqualTo("Kaspersky Business Hub has no public API, so its usage comes from "
                        + "this host's device inventory, which lists 2 customer(s).");
            });
            assertThat(ports.built).isEmpty();
        }

        @Test
        void failsOnAHostWithoutInventory() {
            ActionResult result = run(SettingsKeys.TEST_KASPERSKY_ACTION, businessHub, Contexts.SECRETS, Optional.empty());

            assertThat(result.steps()).singleElement().satisfies(step -> {
                assertThat(step.outcome()).isEqualTo(StepOutcome.FAILED);
                assertThat(step.detail()).contains("this host has none");
            });
        }
    }

    @Test
    void unknownActionsAndPanelsAreRefused() {
        DefaultSettingsService service = new DefaultSettingsService(ApplicationCatalog.load(), ports);

        assertThatThrownBy(() -> service.runAction(SettingsKeys.CONNECTION_PANEL, "reboot", Contexts.of(Contexts.CONNECTION)))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("no action \"reboot\"");
        assertThatThrownBy(() -> service.runAction(SettingsKeys.SERVICES_PANEL, "test-autotask",
                Contexts.of(Contexts.CONNECTION)))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("has no actions");
        assertThatThrownBy(() -> service.validate("tickets", Contexts.of(Contexts.CONNECTION)))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("no panel \"tickets\"");
    }
}
