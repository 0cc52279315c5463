package net.mspbridge.integration.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import net.mspbridge.api.host.DeviceInventory;
import net.mspbridge.api.host.InventoryCustomer;
import net.mspbridge.api.host.InventoryDevice;
import net.mspbridge.api.host.Secrets;
import net.mspbridge.api.host.UserSeats;
import net.mspbridge.api.settings.FieldPath;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.api.settings.ValidationMessage;
import net.mspbridge.api.settings.ValidationResult;
import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.settings.ConnectionRules;
import net.mspbridge.integration.settings.SettingsKeys;

class ConnectionValidationTest {

    private final FakePorts ports = new FakePorts();

    private ValidationResult validate(SettingsValues values) {
        return validate(values, Contexts.SECRETS, Optional.empty());
    }

    private ValidationResult validate(SettingsValues values, Secrets secrets, Optional<DeviceInventory> inventory) {
        return new DefaultSettingsService(ApplicationCatalog.load(), ports)
                .validate(SettingsKeys.CONNECTION_PANEL, Contexts.of(values, secrets, inventory));
    }

    private static List<FieldPath> errorPaths(ValidationResult result) {
        return result.errors().stream().map(ValidationMessage::path).toList();
    }

    @Test
    void completeSettingsAreAcceptedWithoutContactingAnything() {
        assertThat(validate(Contexts.CONNECTION).messages()).isEmpty();
        assertThat(ports.built).isEmpty();
    }

    @Test
    void everyMissingRequiredFieldIsReportedAtOnce() {
        ValidationResult result = validate(SettingsValues.empty(), Secrets.none(), Optional.empty());

        assertThat(errorPaths(result)).containsExactly(
                FieldPath.field(SettingsKeys.AUTOTASK_USERNAME), FieldPath.field(SettingsKeys.AUTOTASK_SECRET),
                FieldPath.field(SettingsKeys.AUTOTASK_INTEGRATION_CODE), FieldPath.field(SettingsKeys.KSC_ADDRESS),
                FieldPath.field(SettingsKeys.KSC_USERNAME), FieldPath.field(SettingsKeys.KSC_PASSWORD));
        assertThat(result.errors().get(1).text()).isEqualTo("Enter the Autotask API secret of that user.");
    }

    @Test
    void aBlankValueCountsAsMissing() {
        ValidationResult result = validate(Contexts.CONNECTION.with(SettingsKeys.AUTOTASK_INTEGRATION_CODE, "   "));

        assertThat(errorPaths(result)).containsExactly(FieldPath.field(SettingsKeys.AUTOTASK_INTEGRATION_CODE));
    }

    @Nested
    class BaseUrlOverride {

        @ParameterizedTest
        @ValueSource(strings = {"https://webservices5.autotask.net/ATServicesRest/", "http://127.0.0.1:41234/ATServicesRest/",
                "http://localhost:8080/ATServicesRest/", "HTTPS://sandbox.example.com"})
        void anAbsoluteHttpOrHttpsUrlIsAccepted(String url) {
            assertThat(validate(Contexts.CONNECTION.with(SettingsKeys.AUTOTASK_BASE_URL, url)).messages()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"webservices5.autotask.net/ATServicesRest/", "/ATServicesRest/", "ftp://example.com/",
                "https://", "https:// spaces .com", "mailto:api@example.com"})
        void anythingElseIsRefusedWithAnExample(String url) {
            ValidationResult result = validate(Contexts.CONNECTION.with(SettingsKeys.AUTOTASK_BASE_URL, url));

            assertThat(result.errors()).singleElement().satisfies(m -> {
                assertThat(m.path()).isEqualTo(FieldPath.field(SettingsKeys.AUTOTASK_BASE_URL));
                assertThat(m.text()).contains("must be an absolute http or https URL")
                        .contains("https://webservices5.autotask.net/ATServicesRest/");
            });
        }

        @ParameterizedTest
        @ValueSource(strings = {"https://webservices5.autotask.net/ATServicesRest/V1.0/Companies",
                "https://webservices5.autotask.net/atservicesrest/v1.0/", "https://webservices5.autotask.net/ATServicesRest/V1.0"})
        void aUrlWithTheApiVersionOrAnEntityIsRefusedSayingWhatToRemove(String url) {
            ValidationResult result = validate(Contexts.CONNECTION.with(SettingsKeys.AUTOTASK_BASE_URL, url));

            assertThat(result.errors()).singleElement().satisfies(m -> {
                assertThat(m.path()).isEqualTo(FieldPath.field(SettingsKeys.AUTOTASK_BASE_URL));
                assertThat(m.text()).contains("REST root", "remove");
                assertThat(m.arguments()).containsExactly(url.substring(url.toLowerCase().indexOf("/v1.0")));
            });
        }

        @Test
        void credentialsInTheUrlAreRefusedWithoutRepeatingThem() {
            ValidationResult result = validate(Contexts.CONNECTION.with(SettingsKeys.AUTOTASK_BASE_URL,
                    "https://api:hunter2@sandbox.example.com/ATServicesRest/"));

            assertThat(result.errors()).singleElement().satisfies(m ->
                    assertThat(m.text()).contains("no user name, password").doesNotContain("hunter2"));
        }

        @Test
        void plainHttpToAnotherMachineIsRefusedSoCredentialsNeverCrossTheNetworkInClear() {
            ValidationResult result = validate(Contexts.CONNECTION.with(SettingsKeys.AUTOTASK_BASE_URL,
                    "http://sandbox.example.com/ATServicesRest/"));

            assertThat(result.errors()).singleElement().satisfies(m ->
                    assertThat(m.text()).contains("unencrypted", "sandbox.example.com", "Use https"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"http://127.0.0.1:8081/ATServicesRest/", "http://localhost:8081/ATServicesRest/"})
        void plainHttpToASandboxOnThisMachineIsAccepted(String url) {
            assertThat(validate(Contexts.CONNECTION.with(SettingsKeys.AUTOTASK_BASE_URL, url)).messages()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3", "abc", "1.5"})
    void anImpersonationResourceIdMustBeAPositiveWholeNumber(String id) {
        ValidationResult result = validate(Contexts.CONNECTION.with(SettingsKeys.AUTOTASK_IMPERSONATION_RESOURCE_ID, id));

        assertThat(errorPaths(result)).containsExactly(FieldPath.field(SettingsKeys.AUTOTASK_IMPERSONATION_RESOURCE_ID));
    }

    @Nested
    class SecurityCenterAddress {

        @ParameterizedTest
        @CsvSource({
                "ksc.contoso-msp.com, https://ksc.contoso-msp.com:13299",
                "ksc.contoso-msp.com:13300, https://ksc.contoso-msp.com:13300",
                "10.0.0.5, https://10.0.0.5:13299",
                "[fd00::5]:13299, https://[fd00::5]:13299",
                "https://ksc.contoso-msp.com, https://ksc.contoso-msp.com:13299",
                "https://ksc.contoso-msp.com:8443/, https://ksc.contoso-msp.com:8443"})
        void hostHostPortOrHttpsUrlIsAcceptedAndMeansThatBase(String address, String base) {
            assertThat(validate(Contexts.CONNECTION.with(SettingsKeys.KSC_ADDRESS, address)).messages()).isEmpty();
            assertThat(ConnectionRules.kscBaseUrl(address)).hasValueSatisfying(uri -> assertThat(uri).hasToString(base));
        }

        @ParameterizedTest
        @ValueSource(strings = {"ksc.contoso-msp.com:0", "ksc.contoso-msp.com:70000", "ksc:port", "ksc contoso",
                "https://ksc.contoso-msp.com:13299/api/v1.0/", "-ksc.example.com", "ftp://ksc.example.com"})
        void anythingElseIsRefusedWithAnExample(String address) {
            ValidationResult result = validate(Contexts.CONNECTION.with(SettingsKeys.KSC_ADDRESS, address));

            assertThat(result.errors()).singleElement().satisfies(m -> {
                assertThat(m.path()).isEqualTo(FieldPath.field(SettingsKeys.KSC_ADDRESS));
                assertThat(m.text()).contains("is not a server address").contains("ksc.example.com:13299");
            });
        }

        @Test
        void plainHttpIsRefusedBecauseTheOpenApiIsHttpsOnly() {
            ValidationResult result = validate(Contexts.CONNECTION.with(SettingsKeys.KSC_ADDRESS, "http://ksc:13299"));

            assertThat(result.errors()).singleElement().satisfies(m -> assertThat(m.text()).contains("https only"));
        }
    }

    @Nested
    class VirtualServersReadAtOnce {

        @ParameterizedTest
        @ValueSource(strings = {"1", "3", " 16 "})
        void aWholeNumberFrom1To16IsAccepted(String count) {
            assertThat(validate(Contexts.CONNECTION.with(SettingsKeys.KSC_PARALLEL_VIRTUAL_SERVERS, count)).messages())
                    .isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "17", "three", "2.5", "-1"})
        void anythingElseIsRefusedOnItsFieldSayingTheRange(String count) {
            ValidationResult result = validate(Contexts.CONNECTION.with(SettingsKeys.KSC_PARALLEL_VIRTUAL_SERVERS, count));

            assertThat(result.errors()).singleElement().satisfies(m -> {
                assertThat(m.path()).isEqualTo(FieldPath.field(SettingsKeys.KSC_PARALLEL_VIRTUAL_SERVERS));
                assertThat(m.text()).contains("from 1 to 16;");
                assertThat(m.arguments()).containsExactly("16", count.strip());
            });
        }
    }

    @Nested
    class CertificatePin {

        private final String pem = fixture("mapping/ksc-server.pem");

        private ValidationResult validatePin(String pin) {
            return validate(Contexts.CONNECTION.with(SettingsKeys.KSC_CERTIFICATE_PIN, pin));
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "9F:86:D0:81:88:4C:7D:65:9A:2F:EA:A0:C5:5A:D0:15:A3:BF:4F:1B:2B:0B:82:2C:D1:5D:6C:15:B0:F0:0A:08",
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                "9f86d081 884c7d65 9a2feaa0 c55ad015 a3bf4f1b 2b0b822c d15d6c15 b0f00a08"})
        void aSha256FingerprintIsAccepted(String pin) {
            assertThat(validatePin(pin).messages()).isEmpty();
        }

        @Test
        void aPemCertificateIsAcceptedAlsoWhenPastedIntoOneLine() {
            assertThat(validatePin(pem).messages()).isEmpty();
            assertThat(validatePin(pem.replace("\n", " ")).messages()).isEmpty();
        }

        @Test
        void aTruncatedPemIsRefused() {
            String truncated = pem.substring(0, pem.length() / 2) + "\n-----END CERTIFICATE-----\n";

            assertThat(validatePin(truncated).errors()).singleElement()
                    .satisfies(m -> assertThat(m.text()).contains("no complete, readable"));
        }

        @Test
        void aPrivateKeyIsRefusedWithoutRepeatingIt() {
            String key = "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\n-----END PRIVATE KEY-----";

            ValidationResult result = validatePin(pem + key);

            assertThat(result.errors()).singleElement().satisfies(m -> {
                assertThat(m.path()).isEqualTo(FieldPath.field(SettingsKeys.KSC_CERTIFICATE_PIN));
                assertThat(m.text()).contains("private key, which was not saved").doesNotContain("MIGHAgEA");
                assertThat(m.arguments()).isEmpty();
            });
        }

        @ParameterizedTest
        @ValueSource(strings = {"9f86d081884c7d65", "sha256/47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
                "-----BEGIN CERTIFICATE----- MIIBszCCAVmgAwIBAgIU"})
        void anyOtherPinIsRefused(String pin) {
            assertThat(errorPaths(validatePin(pin))).containsExactly(FieldPath.field(SettingsKeys.KSC_CERTIFICATE_PIN));
        }

        @Test
        void aSha1FingerprintIsRefusedAskingForTheSha256One() {
            assertThat(validatePin("a94a8fe5ccb19ba61c4c0873d391e987982fbbd3").errors()).singleElement()
                    .satisfies(m -> assertThat(m.text()).contains("SHA-1").contains("SHA-256"));
        }
    }

    private static String fixture(String path) {
        try (var in = ConnectionValidationTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(java.util.Objects.requireNonNull(in, path).readAllBytes(),
                    java.nio.charset.StandardCharsets.US_ASCII);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Nested
    class BusinessHub {

        private final SettingsValues businessHub = SettingsValues.empty()
                .with(SettingsKeys.AUTOTASK_USERNAME, "billing-api@contoso-msp.com")
                .with(SettingsKeys.AUTOTASK_INTEGRATION_CODE, "PX4BQ5FSYXEWXIKLDEKS7LAWGS")
                .with(SettingsKeys.KASPERSKY_SOLUTION, "kbh");

        @Test
        void hiddenSecurityCenterFieldsAreNotRequired() {
            ValidationResult result = validate(businessHub, Contexts.SECRETS, Optional.of(new NoDevices()));

            assertThat(result.messages()).isEmpty();
        }

        @Test
        void aHostWithoutDeviceInventoryGetsAWarningThatNothingWillBeBilled() {
            ValidationResult result = validate(businessHub, Contexts.SECRETS, Optional.empty());

            assertThat(result.hasErrors()).isFalse();
            assertThat(result.warnings()).singleElement().satisfies(m -> {
                assertThat(m.path()).isEqualTo(FieldPath.field(SettingsKeys.KASPERSKY_SOLUTION));
                assertThat(m.text()).contains("device inventory").contains("this host has none");
            });
        }
    }

    @Test
    void anUnknownSolutionIsRefused() {
        ValidationResult result = validate(Contexts.CONNECTION.with(SettingsKeys.KASPERSKY_SOLUTION, "kes"));

        assertThat(result.errors()).singleElement().satisfies(m -> assertThat(m.text())
                .isEqualTo("\"kes\" is not a Kaspersky solution: choose Kaspersky Security Center or Kaspersky "
                        + "Business Hub."));
    }

    /** An inventory with no data: enough for the connection rules, which only ask whether there is one. */
    static final class NoDevices implements DeviceInventory {
        private final List<InventoryCustomer> customers;

        NoDevices(InventoryCustomer... customers) {
            this.customers = List.of(customers);
        }

        @Override
        public List<InventoryCustomer> customers() {
            return customers;
        }

        @Override
        public Stream<InventoryDevice> devices(String customerId) {
            return Stream.empty();
        }

        @Override
        public List<UserSeats> seats(String customerId) {
            return List.of();
        }
    }

}
