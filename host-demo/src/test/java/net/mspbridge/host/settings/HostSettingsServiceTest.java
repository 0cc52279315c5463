package net.mspbridge.host.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import net.mspbridge.api.HostContext;
import net.mspbridge.api.SettingsPanelProvider;
import net.mspbridge.api.host.Secret;
import net.mspbridge.api.settings.ActionResult;
import net.mspbridge.api.settings.FieldPath;
import net.mspbridge.api.settings.MappingRow;
import net.mspbridge.api.settings.Option;
import net.mspbridge.api.settings.OptionsRequest;
import net.mspbridge.api.settings.PanelDefinition;
import net.mspbridge.api.settings.Severity;
import net.mspbridge.api.settings.TableValue;
import net.mspbridge.api.settings.TextField;
import net.mspbridge.api.settings.ValidationMessage;
import net.mspbridge.api.settings.ValidationResult;
import net.mspbridge.host.calls.PluginFailedException;
import net.mspbridge.host.calls.PluginResultException;
import net.mspbridge.host.fake.FakeSettings;
import net.mspbridge.host.fake.Fault;
import net.mspbridge.host.plugins.ExtensionSource;
import net.mspbridge.host.plugins.HostedPlugin;

/** The settings page's flow: the page, saving, and what the host refuses in a submission. */
class HostSettingsServiceTest extends HostSettingsServiceFixture {

    @Nested
    class ThePage {

        @Test
        void listsEveryPanelWithTheVersionAndOnlyWhetherSecretsAreSet() {
            service.save(P, "connection", connection(0, "https://billing.example.com",
                    SecretChanges.of("apiSecret", FakeSettings.GOOD_SECRET)), "admin");

            PluginSettings page = service.all().get(0);

            assertThat(page.pluginId()).isEqualTo(P);
            assertThat(page.panels()).extracting(PanelDefinition::id).containsExactly("connection", "services", "companies");
            assertThat(page.version()).isEqualTo(1);
            assertThat(page.secretsSet()).isEqualTo(Map.of("apiSecret", true));
            assertThat(page.values().values()).doesNotContainValue(FakeSettings.GOOD_SECRET);
            assertThat(page.toString()).doesNotContain(FakeSettings.GOOD_SECRET);
            assertThat(page.problem()).isEmpty();
        }

        @Test
        void aPluginWhosePanelsFailIsListedWithTheProblemAndNoDetails() {
            fake.settings.faults.set("panels", Fault.BUG);

            PluginSettings page = service.all().get(0);

            assertThat(page.panels()).isEmpty();
            assertThat(page.problem()).contains("the plugin failed: IllegalStateException");
            assertThat(page.problem().get()).doesNotContain("zq-internal");
        }

        @Test
        void aPluginWhosePanelsHangIsListedAsNotAnswering() {
            fake.settings.faults.set("panels", Fault.HANG);

            assertThat(service.all().get(0).problem()).hasValueSatisfying(p -> assertThat(p).contains("did not answer within 500 ms"));
        }

        @Test
        void panelsThatReuseAFieldKeyAcrossPanelsAreRefusedAsNonsense() {
            PanelDefinition a = PanelDefinition.builder("a", "A").field(TextField.builder("same", "Same").build()).build();
            PanelDefinition b = PanelDefinition.builder("b", "B").field(TextField.builder("same", "Same").build()).build();
            HostSettingsService twice = serviceOver(ExtensionSource.of(HostedPlugin.inProcess("dup", "", new PanelsOnly(List.of(a, b)), null)));

            assertThatThrownBy(() -> twice.plugin("dup")).isInstanceOf(PluginResultException.class)
                    .hasMessageContaining("'same' is used twice");
        }

        @Test
        void unknownPluginsAndPluginsWithoutSettingsAreNotFound() {
            HostSettingsService mixed = serviceOver(ExtensionSource.of(fake.hosted(),
                    HostedPlugin.inProcess("billing-only", "", null, fake.billing)));

            assertThatThrownBy(() -> mixed.plugin("nope")).isInstanceOf(UnknownTargetException.class)
                    .hasMessage("there is no plugin 'nope'");
            assertThatThrownBy(() -> mixed.plugin("billing-only")).isInstanceOf(UnknownTargetException.class)
                    .hasMessageContaining("has no settings");
            assertThat(mixed.all()).extracting(PluginSettings::pluginId).containsExactly(P);
        }
    }

    @Nested
    class Saving {

        @Test
        void valuesThePluginAcceptsAreStoredAsTheNextVersion() {
            SaveResult result = service.save(P, "connection", connection(0, "https://billing.example.com",
                    SecretChanges.of("apiSecret", FakeSettings.GOOD_SECRET)), "admin");

            assertThat(result.saved()).isTrue();
            assertThat(result.version()).isEqualTo(1);
            assertThat(repository.load(P).values().text("serverUrl")).isEqualTo("https://billing.example.com");
            assertThat(repository.secrets(P).get("apiSecret")).map(Secret::reveal).contains(FakeSettings.GOOD_SECRET);
        }

        @Test
        void anErrorFromThePluginStoresNothingAndSaysWhere() {
            SaveResult result = service.save(P, "connection", connection(0, "http://plain.example.com",
                    SecretChanges.of("apiSecret", "x")), "admin");

            assertThat(result.saved()).isFalse();
            assertThat(result.version()).isZero();
            assertThat(result.messages()).singleElement().satisfies(m -> {
                assertThat(m.severity()).isEqualTo(Severity.ERROR);
                assertThat(m.path()).isEqualTo(FieldPath.field("serverUrl"));
                assertThat(m.text()).isEqualTo("Server address must be an https:// address, not http://plain.example.com");
            });
            assertThat(repository.load(P).version()).isZero();
            assertThat(repository.load(P).secretKeys()).isEmpty();
        }

        @Test
        void requiredFieldsAreCheckedByTheHostToo() {
            SaveResult result = service.save(P, "connection", connection(0, "", SecretChanges.none()), "admin");

            assertThat(result.saved()).isFalse();
            // One message per problem: the plugin said what to do about the empty address, so the host adds
            // nothing for it; the secret, which the plugin did not mention, gets the host's message.
            assertThat(result.messages()).extracting(ValidationMessage::text).containsExactly(
                    "API secret is required: enter it (it is stored encrypted)", "Enter the https:// address of the billing API.");
        }

        @Test
        void aBlankSecretKeepsTheStoredOneAndClearingARequiredOneIsRefused() {
            service.save(P, "connection", connection(0, "https://a.example.com",
                    SecretChanges.of("apiSecret", FakeSettings.GOOD_SECRET)), "admin");

            SaveResult kept = service.save(P, "connection", connection(1, "https://b.example.com", SecretChanges.none()), "admin");
            assertThat(kept.saved()).isTrue();
            assertThat(fake.settings.proposedContexts.get(1).secrets().get("apiSecret")).map(Secret::reveal)
                    .contains(FakeSettings.GOOD_SECRET);

            SaveResult cleared = service.save(P, "connection", connection(2, "https://b.example.com",
                    new SecretChanges(Map.of(), Set.of("apiSecret"))), "admin");
            assertThat(cleared.saved()).isFalse();
            assertThat(repository.secrets(P).get("apiSecret")).isPresent();
        }

        @Test
        void thePluginValidatesTheStoredValuesMergedWithTheSubmittedOnes() {
            service.save(P, "connection", connection(0, "https://a.example.com",
                    SecretChanges.of("apiSecret", FakeSettings.GOOD_SECRET)), "admin");

            service.save(P, "services", values(1, Map.of("byCategory", "true")), "admin");

            HostContext proposed = fake.settings.proposedContexts.get(1);
            assertThat(proposed.settings().text("serverUrl")).isEqualTo("https://a.example.com");
            assertThat(proposed.settings().text("byCategory")).isEqualTo("true");
        }

        @Test
        void warningsDoNotStopTheSaveAndHiddenCellsKeepTheirValues() {
            TableValue table = TableValue.empty().with("app-edr", "service", "svc-edr-ws").with("app-edr", "ws", "svc-edr-ws")
                    .with("app-users", "service", "svc-users");
            PanelSubmission submission = new PanelSubmission(0, Map.of("byCategory", "true"), Map.of("services", table),
                    SecretChanges.none());

            SaveResult result = service.save(P, "services", submission, "admin");

            assertThat(result.saved()).isTrue();
            assertThat(result.messages()).extracting(ValidationMessage::severity).containsOnly(Severity.WARNING).hasSize(2);
            assertThat(result.messages()).extracting(ValidationMessage::path).containsExactlyInAnyOrder(
                    FieldPath.cell("services", "app-edr", "srv"), FieldPath.cell("services", "app-edr", "other"));
            assertThat(repository.load(P).values().table("services").cell("app-edr", "service")).contains("svc-edr-ws");
        }

        @Test
        void aCellErrorIsReportedOnThatCell() {
            PanelSubmission submission = new PanelSubmission(0, Map.of("byCategory", "false"),
                    Map.of("services", TableValue.empty().with("app-mail", "service", "svc-retired")), SecretChanges.none());

            SaveResult result = service.save(P, "services", submission, "admin");

            assertThat(result.saved()).isFalse();
            assertThat(result.messages()).extracting(ValidationMessage::path)
                    .containsExactly(FieldPath.cell("services", "app-mail", "service"));
        }

        @Test
        void aSaveBasedOnAnOldVersionIsRefusedBeforeThePluginIsAsked() {
            service.save(P, "services", values(0, Map.of("byCategory", "true")), "admin");
            int validations = fake.settings.proposedContexts.size();

            assertThatThrownBy(() -> service.save(P, "services", values(0, Map.of("byCategory", "false")), "someone"))
                    .isInstanceOf(StaleSettingsException.class).hasMessageContaining("reload");
            assertThat(fake.settings.proposedContexts).hasSize(validations);
            assertThat(repository.load(P).values().text("byCategory")).isEqualTo("true");
        }

        @Test
        void aValidateThatFailsStoresNothing() {
            fake.settings.faults.set("validate", Fault.NULL);
            assertThatThrownBy(() -> service.save(P, "services", values(0, Map.of("byCategory", "true")), "admin"))
                    .isInstanceOf(PluginResultException.class).hasMessageContaining("no validation result");

            fake.settings.faults.set("validate", Fault.BUG);
            assertThatThrownBy(() -> service.save(P, "services", values(0, Map.of("byCategory", "true")), "admin"))
                    .isInstanceOf(PluginFailedException.class).hasMessage("the plugin failed: IllegalStateException");

            assertThat(repository.load(P).version()).isZero();
        }
    }

    @Nested
    class BadSubmissions {

        @Test
        void aFieldThePanelDoesNotHave() {
            assertThatThrownBy(() -> service.save(P, "services", values(0, Map.of("serverUrl", "x")), "admin"))
                    .isInstanceOf(UnknownTargetException.class).hasMessage("panel 'services' has no field 'serverUrl'");
        }

        @Test
        void aPanelOrActionThePluginDoesNotHave() {
            assertThatThrownBy(() -> service.save(P, "nope", values(0, Map.of()), "admin"))
                    .isInstanceOf(UnknownTargetException.class).hasMessage("plugin 'fake-billing' has no panel 'nope'");
            assertThatThrownBy(() -> service.runAction(P, "connection", "nope", values(0, Map.of())))
                    .isInstanceOf(UnknownTargetException.class).hasMessage("panel 'connection' has no action 'nope'");
        }

        @Test
        void aToggleThatIsNotTrueOrFalse() {
            assertThatThrownBy(() -> service.save(P, "services", values(0, Map.of("byCategory", "yes")), "admin"))
                    .isInstanceOf(InvalidSubmissionException.class)
                    .hasMessage("the toggle 'byCategory' must be \"true\" or \"false\", not \"yes\"");
        }

        @Test
        void anOptionAStaticSelectDoesNotOffer() {
            assertThatThrownBy(() -> service.save(P, "connection", values(0, Map.of("region", "mars")), "admin"))
                    .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("\"mars\" is not an option")
                    .hasMessageContaining("[eu, us]");
        }

        @Test
        void aSecretSentAsAPlainValue() {
            assertThatThrownBy(() -> service.save(P, "connection", values(0, Map.of("apiSecret", "x")), "admin"))
                    .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("send it under secrets");
        }

        @Test
        void aTableWithAnUnknownRowOrColumnOrANonBooleanToggleCell() {
            PanelSubmission unknownRow = new PanelSubmission(0, Map.of(),
                    Map.of("services", TableValue.empty().with("app-x", "service", "svc-mail")), SecretChanges.none());
            PanelSubmission unknownColumn = new PanelSubmission(0, Map.of(),
                    Map.of("services", TableValue.empty().with("app-edr", "price", "1")), SecretChanges.none());
            PanelSubmission badToggle = new PanelSubmission(0, Map.of(),
                    Map.of("companies", TableValue.empty().with("cust-1", "billing", "on")), SecretChanges.none());

            assertThatThrownBy(() -> service.save(P, "services", unknownRow, "admin"))
                    .isInstanceOf(InvalidSubmissionException.class).hasMessage("table 'services' has no row 'app-x'");
            assertThatThrownBy(() -> service.save(P, "services", unknownColumn, "admin"))
                    .isInstanceOf(InvalidSubmissionException.class).hasMessage("table 'services' has no column 'price'");
            assertThatThrownBy(() -> service.save(P, "companies", badToggle, "admin"))
                    .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("must be \"true\" or \"false\"");
            assertThat(repository.load(P).version()).isZero();
        }

        @Test
        void textLongerThanTheLimit() {
            assertThatThrownBy(() -> service.save(P, "connection", values(0, Map.of("serverUrl", "x".repeat(10_001))), "admin"))
                    .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("at most 10000");
        }
    }

    /** A provider with fixed panels and nothing else. */
    private record PanelsOnly(List<PanelDefinition> panels) implements SettingsPanelProvider {
        @Override
        public List<PanelDefinition> panels(HostContext context) {
            return panels;
        }

        @Override
        public List<Option> options(OptionsRequest request, HostContext context) {
            return List.of();
        }

        @Override
        public List<MappingRow> rows(String rowSource, HostContext context) {
            return List.of();
        }

        @Override
        public ValidationResult validate(String panelId, HostContext context) {
            return ValidationResult.ok();
        }

        @Override
        public net.mspbridge.api.settings.ActionResult runAction(String panelId, String actionId, HostContext context) {
            return null;
        }
    }
}
