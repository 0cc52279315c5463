package net.mspbridge.host.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import net.mspbridge.api.settings.ActionResult;
import net.mspbridge.api.settings.MappingRow;
import net.mspbridge.api.settings.Option;
import net.mspbridge.api.settings.OptionsRequest;
import net.mspbridge.api.settings.StepOutcome;
import net.mspbridge.host.calls.PluginFailedException;
import net.mspbridge.host.calls.PluginReportedException;
import net.mspbridge.host.calls.PluginResultException;
import net.mspbridge.host.calls.PluginTimeoutException;
import net.mspbridge.host.fake.FakeSettings;
import net.mspbridge.host.fake.Fault;
import net.mspbridge.host.fake.FaultSwitch;

/** Live options, rows and actions, and plugin defects on the way. */
class HostSettingsServiceLiveCallsTest extends HostSettingsServiceFixture {

    @Nested
    class LiveOptionsAndRows {

        @Test
        void optionsOfAColumnComeFromItsSource() {
            List<Option> options = service.options(P, "services", "services", Optional.of("ws"), Map.of());

            assertThat(options).extracting(Option::id).contains("svc-edr-ws", "svc-users");
            assertThat(fake.settings.optionRequests).extracting(OptionsRequest::source).containsExactly("fake.services");
        }

        @Test
        void declaredParametersAreSentAndMissingOnesSentEmpty() {
            assertThat(service.options(P, "companies", "companies", Optional.of("contract"), Map.of("company", "co-1")))
                    .extracting(Option::id).containsExactly("ct-11", "ct-12");
            assertThat(service.options(P, "companies", "companies", Optional.of("contract"), Map.of())).isEmpty();

            assertThat(fake.settings.optionRequests).extracting(OptionsRequest::parameters)
                    .containsExactly(Map.of("company", "co-1"), Map.of("company", ""));
        }

        @Test
        void anUndeclaredParameterIsRefused() {
            assertThatThrownBy(() -> service.options(P, "companies", "companies", Optional.of("contract"),
                    Map.of("company", "co-1", "evil", "x")))
                    .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("takes no parameter 'evil'");
            assertThat(fake.settings.optionRequests).isEmpty();
        }

        @Test
        void aFieldOrColumnWithoutLiveOptionsIsNotFound() {
            assertThatThrownBy(() -> service.options(P, "connection", "region", Optional.empty(), Map.of()))
                    .isInstanceOf(UnknownTargetException.class).hasMessageContaining("has no live options");
            assertThatThrownBy(() -> service.options(P, "companies", "companies", Optional.of("billing"), Map.of()))
                    .isInstanceOf(UnknownTargetException.class).hasMessageContaining("has no live options");
            assertThatThrownBy(() -> service.options(P, "companies", "companies", Optional.of("nope"), Map.of()))
                    .isInstanceOf(UnknownTargetException.class).hasMessageContaining("has no column 'nope'");
        }

        @Test
        void thePluginsOwnRefusalIsPassedOnAsItIsWritten() {
            fake.settings.faults.set("options", Fault.REFUSE);

            assertThatThrownBy(() -> service.options(P, "services", "services", Optional.of("ws"), Map.of()))
                    .isInstanceOf(PluginReportedException.class)
                    .hasMessage("Set the server address on the Connection panel first.");
        }

        @Test
        void aHangingSourceIsCutOffAndTheNextCallWorks() {
            fake.settings.faults.set("options", Fault.HANG);
            assertThatThrownBy(() -> service.options(P, "services", "services", Optional.of("ws"), Map.of()))
                    .isInstanceOf(PluginTimeoutException.class);

            fake.settings.faults.clear();
            assertThat(service.options(P, "services", "services", Optional.of("ws"), Map.of())).isNotEmpty();
        }

        @Test
        void nullOptionsOrRowsAreNonsense() {
            fake.settings.faults.set("options", Fault.NULL);
            fake.settings.faults.set("rows", Fault.NULL);

            assertThatThrownBy(() -> service.options(P, "services", "services", Optional.of("ws"), Map.of()))
                    .isInstanceOf(PluginResultException.class);
            assertThatThrownBy(() -> service.rows(P, "companies", "companies"))
                    .isInstanceOf(PluginResultException.class);
        }

        @Test
        void rowsComeFromTheTablesRowSourceWithTheirSuggestions() {
            List<MappingRow> rows = service.rows(P, "companies", "companies");

            assertThat(rows).extracting(MappingRow::id).containsExactly("cust-1", "cust-2");
            assertThat(rows.get(0).suggestions()).isEqualTo(Map.of("company", "co-1"));
            assertThatThrownBy(() -> service.rows(P, "services", "services"))
                    .isInstanceOf(UnknownTargetException.class).hasMessageContaining("row source");
        }
    }

    @Nested
    class Actions {

        @Test
        void anActionRunsAgainstUnsavedValuesAndStoresNothing() {
            ActionResult result = service.runAction(P, "connection", "test", connection(0, "https://billing.example.com",
                    SecretChanges.of("apiSecret", FakeSettings.GOOD_SECRET)));

            assertThat(result.outcome()).isEqualTo(StepOutcome.SUCCESSFUL);
            assertThat(result.steps()).hasSize(2);
            assertThat(repository.load(P).version()).isZero();
            assertThat(repository.load(P).secretKeys()).isEmpty();
        }

        @Test
        void aFailedStepSaysWhatWentWrong() {
            ActionResult result = service.runAction(P, "connection", "test", connection(0, "https://billing.example.com",
                    SecretChanges.of("apiSecret", "wrong")));

            assertThat(result.outcome()).isEqualTo(StepOutcome.FAILED);
            assertThat(result.steps().get(1).detail()).contains("refused");
        }

        @Test
        void anActionReturningNothingIsNonsense() {
            fake.settings.faults.set("runAction", Fault.NULL);

            assertThatThrownBy(() -> service.runAction(P, "connection", "test", values(0, Map.of())))
                    .isInstanceOf(PluginResultException.class).hasMessageContaining("no result");
        }
    }

    @Test
    void defectsNeverLeakTheirDetails() {
        fake.settings.faults.set("rows", Fault.BUG);

        assertThatThrownBy(() -> service.rows(P, "companies", "companies"))
                .isInstanceOf(PluginFailedException.class)
                .hasMessageNotContaining(FaultSwitch.BUG_DETAIL)
                .hasNoCause();
    }
}
