package net.mspbridge.integration.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import net.mspbridge.api.ConfigurationException;
import net.mspbridge.api.HostContext;
import net.mspbridge.api.settings.FieldPath;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.api.settings.Severity;
import net.mspbridge.api.settings.TableValue;
import net.mspbridge.api.settings.ValidationMessage;
import net.mspbridge.api.settings.ValidationResult;
import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.kaspersky.LastUsage;
import net.mspbridge.integration.kaspersky.Solution;
import net.mspbridge.integration.kaspersky.UsageCounts;
import net.mspbridge.integration.settings.SettingsKeys;

class ServicesValidationTest {

    private static final ApplicationCatalog CATALOG = ApplicationCatalog.load();

    private final FakePorts ports = new FakePorts();

    ServicesValidationTest() {
        ports.directory
                .service(100, "Endpoint protection", true, "4.50", "Monthly")
                .service(101, "Endpoint protection - workstation", true, "4.00", "Monthly")
                .service(102, "Endpoint protection - server", true, "9.00", "Monthly")
                .service(103, "Endpoint protection - other OS", true, "3.00", "Monthly")
                .service(199, "Legacy antivirus", false, "2.00", "Monthly")
                .service(200, "Cloud Plus seat", true, "5.00", "Monthly")
                .service(300, "Kaspersky EDR Workstation (annual)", true, "48.00", "Yearly")
                .service(301, "Endpoint protection without a period", true, "4.00", "");
    }

    private ValidationResult validate(boolean byCategory, TableValue table) {
        return validate(Solution.SECURITY_CENTER, byCategory, table);
    }

    private ValidationResult validate(Solution solution, boolean byCategory, TableValue table) {
        return validate(SettingsValues.empty()
                .with(SettingsKeys.KASPERSKY_SOLUTION, solution.id())
                .with(SettingsKeys.BILL_BY_CATEGORY, Boolean.toString(byCategory))
                .withTable(SettingsKeys.SERVICES, table));
    }

    private ValidationResult validate(SettingsValues values) {
        return new DefaultSettingsService(CATALOG, ports).validate(SettingsKeys.SERVICES_PANEL, Contexts.of(values));
    }

    private static FieldPath cell(String row, String column) {
        return FieldPath.cell(SettingsKeys.SERVICES, row, column);
    }

    private static final TableValue BY_CATEGORY = TableValue.empty()
            .with("kes-windows", "windowsWorkstations", "101")
            .with("kes-windows", "windowsServers", "102")
            .with("kes-windows", "nonWindows", "103")
            .with("kes-cloud-plus", "service", "200");

    @Nested
    class Accepts {

        @Test
        void aCompleteSingleServiceMappingWithOneBatchedReadOfEveryChosenService() {
            TableValue table = TableValue.empty()
                    .with("kes-windows", "service", "100")
                    .with("ksws", "service", "100")
                    .with("kes-linux", "service", "103");

            assertThat(validate(false, table).messages()).isEmpty();
            assertThat(ports.directory.calls).hasSize(1).first().asString()
                    .startsWith("services").contains("100").contains("103");
        }

        @Test
        void aCompleteByCategoryMappingWithAPerUserApplicationOnItsSingleService() {
            assertThat(validate(true, BY_CATEGORY).messages()).isEmpty();
        }

        @Test
        void anEmptyMappingWithoutAskingAutotask() {
            assertThat(validate(true, TableValue.empty()).messages()).isEmpty();
            assertThat(ports.built).isEmpty();
        }
    }

    @Nested
    class RefusesWithAnError {

        @Test
        void aServiceAutotaskDoesNotHave() {
            ValidationResult result = validate(false, TableValue.empty().with("kes-windows", "service", "999"));

            assertThat(result.errors()).singleElement().satisfies(m -> {
                assertThat(m.path()).isEqualTo(cell("kes-windows", "service"));
                assertThat(m.text()).isEqualTo("Kaspersky Endpoint Security for Windows, Autotask service: Autotask has "
                        + "no service with id 999: choose another service.");
            });
        }

        @Test
        void anInactiveService() {
            ValidationResult result = validate(true, BY_CATEGORY.with("kes-windows", "windowsServers", "199"));

            assertThat(result.errors()).singleElement().satisfies(m -> {
                assertThat(m.path()).isEqualTo(cell("kes-windows", "windowsServers"));
                assertThat(m.text()).contains("Windows servers").contains("\"Legacy antivirus\" is inactive")
                        .contains("choose an active service");
            });
        }

        @Test
        void perCategoryServicesForAnApplicationLicensedPerUser() {
            TableValue table = TableValue.empty()
                    .with("kes-cloud-plus", "service", "200")
                    .with("kes-cloud-plus", "windowsWorkstations", "101")
                    .with("kes-cloud-plus", "windowsServers", "102");

            ValidationResult result = validate(Solution.BUSINESS_HUB, true, table);

            assertThat(result.errors()).extracting(ValidationMessage::path).containsExactly(
                    cell("kes-cloud-plus", "windowsWorkstations"), cell("kes-cloud-plus", "windowsServers"));
            assertThat(result.errors().get(0).text()).startsWith("Kaspersky Endpoint Security Cloud Plus is licensed "
                    + "per user, so it is billed to one Autotask service").contains("clear its Windows workstations choice");
        }

        @Test
        void perCategoryServicesForAPerUserApplicationEvenWithTheToggleOff() {
            ValidationResult result = validate(Solution.BUSINESS_HUB, false, TableValue.empty().with("ks-o365", "nonWindows", "103"));

            assertThat(result.errors()).extracting(ValidationMessage::path).containsExactly(cell("ks-o365", "nonWindows"));
        }

        @Test
        void aValueThatIsNotAServiceIdWithoutSendingItToAutotask() {
            ValidationResult result = validate(false, TableValue.empty().with("kes-windows", "service", "Backup"));

            assertThat(result.errors()).singleElement().satisfies(m ->
                    assertThat(m.text()).contains("\"Backup\" is not an Autotask service id"));
            assertThat(ports.directory.calls).isEmpty();
        }

        @Test
        void aRowThatIsNoKnownApplicationAndAColumnTheTableDoesNotHave() {
            TableValue table = TableValue.empty()
                    .with("kes-dos", "service", "100")
                    .with("kes-windows", "price", "12");

            ValidationResult result = validate(false, table);

            assertThat(result.errors()).extracting(ValidationMessage::path).containsExactly(cell("kes-windows", "price"));
            // A row of no known application is never shown, so it cannot be removed: kept, and said so.
            assertThat(result.warnings()).filteredOn(m -> m.path().equals(FieldPath.row(SettingsKeys.SERVICES, "kes-dos")))
                    .singleElement().satisfies(m -> assertThat(m.text()).contains("kept as it is and bills nothing"));
        }

        @Test
        void aToggleValueThatIsNeitherOnNorOff() {
            ValidationResult result = validate(SettingsValues.empty().with(SettingsKeys.BILL_BY_CATEGORY, "yes"));

            assertThat(result.errors()).extracting(ValidationMessage::path)
                    .containsExactly(FieldPath.field(SettingsKeys.BILL_BY_CATEGORY));
        }

        @Test
        void everyProblemAtOnce() {
            TableValue table = BY_CATEGORY
                    .with("kes-windows", "windowsServers", "199")
                    .with("kes-cloud-plus", "nonWindows", "103")
                    .with("ksv-la", "windowsWorkstations", "998");

            ValidationResult result = validate(Solution.BUSINESS_HUB, true, table);

            // Business Hub chosen: its row's problem is an error; the Security Center rows, not shown,
            // are kept as they are and only warned about.
            assertThat(result.errors()).extracting(ValidationMessage::path).containsExactly(cell("kes-cloud-plus", "nonWindows"));
            assertThat(result.warnings()).extracting(ValidationMessage::path).contains(
                    cell("kes-windows", "windowsServers"), cell("ksv-la", "windowsWorkstations"));
            assertThat(ports.directory.calls).hasSize(1);

            ValidationResult underSecurityCenter = validate(Solution.SECURITY_CENTER, true, table);

            assertThat(underSecurityCenter.errors()).extracting(ValidationMessage::path).containsExactlyInAnyOrder(
                    cell("kes-windows", "windowsServers"), cell("ksv-la", "windowsWorkstations"));
            assertThat(underSecurityCenter.warnings()).extracting(ValidationMessage::path).contains(cell("kes-cloud-plus", "nonWindows"));
        }
    }

    @Nested
    class WarnsButSaves {

        @Test
        void whenAChosenServiceIsNotBilledMonthlyNamingTheServiceAndItsPeriod() {
            ValidationResult result = validate(false, TableValue.empty().with("kes-windows", "service", "300"));

            assertThat(result.hasErrors()).isFalse();
            assertThat(result.warnings()).singleElement().satisfies(m -> {
                assertThat(m.path()).isEqualTo(cell("kes-windows", "service"));
                assertThat(m.text()).isEqualTo("Kaspersky Endpoint Security for Windows, Autotask service: the Autotask "
                        + "service \"Kaspersky EDR Workstation (annual)\" is billed Yearly, not monthly: its price and "
                        + "amounts are per that period, and reports total them apart from the monthly ones. Choose a "
                        + "monthly service unless you mean to bill it Yearly.");
            });
        }

        @Test
        void nothingWhenEveryChosenServiceIsBilledMonthly() {
            ValidationResult result = validate(false, TableValue.empty().with("kes-windows", "service", "100"));

            assertThat(result.messages()).isEmpty();
        }

        @Test
        void whenAutotaskGivesAChosenServiceNoPeriod() {
            ValidationResult result = validate(false, TableValue.empty().with("kes-windows", "service", "301"));

            assertThat(result.hasErrors()).isFalse();
            assertThat(result.warnings()).singleElement().satisfies(m -> assertThat(m.text())
                    .contains("Autotask gives no billing period for the service \"Endpoint protection without a period\"")
                    .contains("period not known"));
        }

        @Test
        void aboutARowOfTheSolutionNotChosenWhichIsKeptAsItIsAndBillsNothing() {
            TableValue table = TableValue.empty().with("kes-windows", "service", "100").with("kes-cloud-plus", "service", "199");

            ValidationResult underSecurityCenter = validate(Solution.SECURITY_CENTER, false, table);
            ValidationResult underBusinessHub = validate(Solution.BUSINESS_HUB, false, table);

            assertThat(underSecurityCenter.errors()).isEmpty();
            assertThat(underSecurityCenter.warnings()).singleElement().satisfies(m -> {
                assertThat(m.path()).isEqualTo(cell("kes-cloud-plus", "service"));
                assertThat(m.text()).contains("\"Legacy antivirus\" is inactive")
                        .endsWith("(This row belongs to Kaspersky Business Hub, which is not chosen: it is not shown, "
                                + "bills nothing and is kept for when that solution is chosen again.)");
            });
            assertThat(underBusinessHub.errors()).extracting(ValidationMessage::path).containsExactly(cell("kes-cloud-plus", "service"));
        }

        @Test
        void nothingAboutCategoriesLeftEmptyInARowOfTheSolutionNotChosen() {
            TableValue partlyMapped = TableValue.empty().with("kes-windows", "windowsWorkstations", "101")
                    .with("kes-cloud-plus", "service", "200");

            assertThat(validate(Solution.BUSINESS_HUB, true, partlyMapped).messages()).isEmpty();
            assertThat(validate(Solution.SECURITY_CENTER, true, partlyMapped).warnings()).isNotEmpty();
        }

        @Test
        void whenCategoriesOfAMappedApplicationAreLeftEmpty() {
            TableValue table = TableValue.empty()
                    .with("ksv-la", "windowsWorkstations", "101")
                    .with("ksv-la", "windowsServers", "102");

            ValidationResult result = validate(true, table);

            assertThat(result.hasErrors()).isFalse();
            assertThat(result.warnings()).singleElement().satisfies(m -> {
                assertThat(m.path()).isEqualTo(cell("ksv-la", "nonWindows"));
                assertThat(m.text()).isEqualTo("Kaspersky Security for Virtualization Light Agent: no service is chosen for "
                        + "Non-Windows devices, so those devices will not be billed while \"Bill devices by category\" "
                        + "is on.");
            });
        }

        @Test
        void sayHowManyDevicesTheLastBillingRunSawWhereAChoiceIsLeftEmpty() {
            TableValue table = TableValue.empty()
                    .with("ksv-la", "windowsWorkstations", "101")
                    .with("ksv-la", "windowsServers", "102")
                    .with("kes-windows", "windowsWorkstations", "101");
            HostContext context = Contexts.of(SettingsValues.empty()
                    .with(SettingsKeys.KASPERSKY_SOLUTION, Solution.SECURITY_CENTER.id())
                    .with(SettingsKeys.BILL_BY_CATEGORY, "true")
                    .withTable(SettingsKeys.SERVICES, table));
            new LastUsage(LocalDate.of(2026, 6, 1), Map.of("ksv-la", new UsageCounts(4, 2, 3, 0),
                    "kes-windows", new UsageCounts(9, 0, 0, 0))).save(context.store(), Solution.SECURITY_CENTER);

            ValidationResult result = new DefaultSettingsService(CATALOG, ports).validate(SettingsKeys.SERVICES_PANEL, context);

            assertThat(result.warnings()).extracting(ValidationMessage::text).containsExactlyInAnyOrder(
                    "Kaspersky Security for Virtualization Light Agent: no service is chosen for Non-Windows devices, so "
                            + "those devices will not be billed while \"Bill devices by category\" is on. At the billing "
                            + "run for 2026-06-01, Kaspersky reported 3 such devices.",
                    "Kaspersky Endpoint Security for Windows: no service is chosen for Windows servers, so those devices "
                            + "will not be billed while \"Bill devices by category\" is on. At the billing run for "
                            + "2026-06-01, Kaspersky reported none.");
        }

        @Test
        void whenTheToggleIsSwitchedOnForAnApplicationMappedOnlyToItsSingleService() {
            ValidationResult result = validate(true, TableValue.empty().with("kes-linux", "service", "100"));

            // Kaspersky Endpoint Security for Linux never runs on Windows: only its non-Windows cell can have usage.
            assertThat(result.warnings()).extracting(ValidationMessage::path).containsExactly(cell("kes-linux", "nonWindows"));
        }

        @Test
        void nothingAboutCellsThatCannotHaveUsage_soTheDemoMappingSavesWithoutWarnings() {
            // The demo setup's mapping (host-demo DemoData.mapping), with this test's service ids.
            TableValue demo = TableValue.empty()
                    .with("kes-windows", "windowsWorkstations", "101").with("kes-windows", "windowsServers", "102")
                    .with("kes-windows", "service", "101")
                    .with("ksws", "windowsServers", "102").with("ksws", "service", "102")
                    .with("kes-linux", "nonWindows", "103").with("kes-linux", "service", "103")
                    .with("kes-mac", "nonWindows", "103").with("kes-mac", "service", "103")
                    .with("kes-mobile", "nonWindows", "103").with("kes-mobile", "service", "103")
                    .with("kes-cloud-plus", "service", "200");

            assertThat(validate(true, demo).messages()).isEmpty();
            assertThat(validate(false, demo).messages()).isEmpty();
        }

        @Test
        void aValueStoredInACellThatCannotHaveUsageIsIgnored() {
            TableValue table = TableValue.empty().with("ksws", "windowsServers", "102")
                    .with("ksws", "windowsWorkstations", "not-an-id").with("ksws", "nonWindows", "199");

            assertThat(validate(true, table).messages()).isEmpty();
            assertThat(ports.directory.calls).containsExactly("services[102]");
        }

        @Test
        void whenTheToggleIsSwitchedOffForAnApplicationMappedOnlyByCategory() {
            ValidationResult result = validate(false, BY_CATEGORY);

            assertThat(result.hasErrors()).isFalse();
            assertThat(result.warnings()).singleElement().satisfies(m -> {
                assertThat(m.path()).isEqualTo(cell("kes-windows", "service"));
                assertThat(m.text()).contains("will not be billed while \"Bill devices by category\" is off")
                        .contains("kept for when it is on");
            });
        }

        @Test
        void aboutAProblemInACellTheToggleHidesAndRefusesItOnceTheCellShows() {
            TableValue table = BY_CATEGORY.with("kes-windows", "service", "199");

            ValidationResult hidden = validate(true, table);
            ValidationResult shown = validate(false, table);

            assertThat(hidden.hasErrors()).isFalse();
            assertThat(hidden.warnings()).singleElement().satisfies(m -> {
                assertThat(m.path()).isEqualTo(cell("kes-windows", "service"));
                assertThat(m.text()).contains("inactive").contains("hidden while \"Bill devices by category\" is on");
            });
            assertThat(shown.errors()).singleElement().satisfies(m ->
                    assertThat(m.path()).isEqualTo(cell("kes-windows", "service")));
        }

        @Test
        void nothingForAnApplicationWithNoServiceAtAll() {
            assertThat(validate(true, TableValue.empty().with("kes-mac", "service", "")).messages()).isEmpty();
        }
    }

    @Nested
    class WhenAutotaskCannotBeUsed {

        @Test
        void unreachableIsOneErrorSayingNothingWasSavedAndWhatToCheck() {
            ports.directory.unreachable();

            ValidationResult result = validate(false, TableValue.empty().with("kes-windows", "service", "100"));

            assertThat(result.errors()).singleElement().satisfies(m -> {
                assertThat(m.severity()).isEqualTo(Severity.ERROR);
                assertThat(m.path()).isEqualTo(FieldPath.panel());
                assertThat(m.text()).startsWith("Autotask could not be reached, so nothing was saved: Could not connect")
                        .contains("Check the Autotask user name, secret, integration code and base URL");
            });
        }

        @Test
        void localProblemsAreStillReportedBesideIt() {
            ports.directory.unreachable();
            TableValue table = TableValue.empty()
                    .with("kes-windows", "service", "100")
                    .with("ksws", "service", "Backup");

            ValidationResult result = validate(false, table);

            assertThat(result.errors()).extracting(ValidationMessage::path).containsExactlyInAnyOrder(
                    FieldPath.panel(), cell("ksws", "service"));
        }

        @Test
        void anIncompleteConnectionIsAnErrorNamingIt() {
            ports.failToBuild(() -> new ConfigurationException("Enter the Autotask API user name."));

            ValidationResult result = validate(false, TableValue.empty().with("kes-windows", "service", "100"));

            assertThat(result.errors()).singleElement().satisfies(m ->
                    assertThat(m.text()).contains("cannot be checked until the Autotask connection is set up")
                            .contains("nothing was saved").endsWith("Enter the Autotask API user name."));
        }

        @Test
        void aSecretInAFailureMessageNeverReachesThePage() {
            ports.directory.failWith(new net.mspbridge.api.ServiceUnavailableException("Autotask",
                    "Server said: bad header Secret=" + Contexts.AUTOTASK_SECRET));

            ValidationResult result = validate(false, TableValue.empty().with("kes-windows", "service", "100"));

            assertThat(result.messages()).allSatisfy(m -> {
                assertThat(m.text()).doesNotContain(Contexts.AUTOTASK_SECRET);
                assertThat(m.arguments()).noneMatch(a -> a.contains(Contexts.AUTOTASK_SECRET));
            });
            assertThat(result.errors().get(0).text()).contains("Secret=******");
        }

        @Test
        void anUnexpectedFailureIsAnErrorNamingItsKindNotAThrow() {
            ports.directory.failWith(new IllegalStateException("boom " + Contexts.AUTOTASK_SECRET));

            ValidationResult result = validate(false, TableValue.empty().with("kes-windows", "service", "100"));

            assertThat(result.errors()).singleElement().satisfies(m -> {
                assertThat(m.text()).contains("failed unexpectedly (IllegalStateException)").contains("nothing was saved");
                assertThat(m.text()).doesNotContain(Contexts.AUTOTASK_SECRET);
            });
        }
    }

    @Test
    void messagesFollowTheTableOrder() {
        TableValue table = TableValue.empty()
                .with("ksws", "service", "999")
                .with("kes-windows", "service", "998");

        List<FieldPath> paths = validate(false, table).errors().stream().map(ValidationMessage::path).toList();

        assertThat(paths).containsExactly(cell("kes-windows", "service"), cell("ksws", "service"));
    }
}
