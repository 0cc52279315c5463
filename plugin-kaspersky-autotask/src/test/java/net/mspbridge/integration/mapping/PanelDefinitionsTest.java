package net.mspbridge.integration.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import net.mspbridge.api.settings.ColumnDefinition;
import net.mspbridge.api.settings.ColumnKind;
import net.mspbridge.api.settings.FieldDefinition;
import net.mspbridge.api.settings.FieldKind;
import net.mspbridge.api.settings.MappingRow;
import net.mspbridge.api.settings.MappingTableField;
import net.mspbridge.api.settings.OptionSource;
import net.mspbridge.api.settings.PanelDefinition;
import net.mspbridge.api.settings.SecretField;
import net.mspbridge.api.settings.SelectField;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.api.settings.ToggleField;
import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.kaspersky.DeviceCategory;
import net.mspbridge.integration.kaspersky.Licensing;
import net.mspbridge.integration.kaspersky.SecurityApplication;
import net.mspbridge.integration.kaspersky.Solution;
import net.mspbridge.integration.settings.SettingsKeys;

class PanelDefinitionsTest {

    private static final ApplicationCatalog CATALOG = ApplicationCatalog.load();
    private static final List<String> CATEGORY_COLUMNS =
            List.of(DeviceCategory.WINDOWS_WORKSTATION.key(), DeviceCategory.WINDOWS_SERVER.key(),
                    DeviceCategory.NON_WINDOWS.key());

    private static List<PanelDefinition> panels(SettingsValues stored) {
        return new DefaultSettingsService(CATALOG, new FakePorts()).panels(Contexts.of(stored));
    }

    private static PanelDefinition panel(SettingsValues stored, String id) {
        return panels(stored).stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static SettingsValues solution(Solution solution) {
        return SettingsValues.empty().with(SettingsKeys.KASPERSKY_SOLUTION, solution.id());
    }

    @Test
    void thePanelsComeInOrderAndTheirFieldKeysAreUniqueAcrossThem() {
        List<PanelDefinition> panels = panels(SettingsValues.empty());

        assertThat(panels).extracting(PanelDefinition::id).containsExactly(SettingsKeys.CONNECTION_PANEL,
                SettingsKeys.COMPANIES_PANEL, SettingsKeys.SERVICES_PANEL, SettingsKeys.BILLING_PANEL);
        List<String> keys = panels.stream().flatMap(p -> p.fields().stream()).map(FieldDefinition::key).toList();
        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void definitionsNeedNoRemoteCall() {
        FakePorts ports = new FakePorts();

        new DefaultSettingsService(CATALOG, ports).panels(Contexts.of(Contexts.CONNECTION));

        assertThat(ports.built).isEmpty();
    }

    @Nested
    class Connection {

        private final PanelDefinition connection = panel(SettingsValues.empty(), SettingsKeys.CONNECTION_PANEL);

        @Test
        void secretsAreWriteOnlyFields() {
            assertThat(connection.fields()).filteredOn(f -> f.kind() == FieldKind.SECRET)
                    .extracting(FieldDefinition::key)
                    .containsExactly(SettingsKeys.AUTOTASK_SECRET, SettingsKeys.KSC_PASSWORD);
            assertThat(connection.field(SettingsKeys.AUTOTASK_SECRET)).get()
                    .isInstanceOfSatisfying(SecretField.class, s -> assertThat(s.required()).isTrue());
        }

        @Test
        void solutionIsASelectOfBothSolutionsWithSecurityCenterPreselected() {
            SelectField select = (SelectField) connection.field(SettingsKeys.KASPERSKY_SOLUTION).orElseThrow();

            assertThat(select.options()).extracting(o -> o.id() + "=" + o.label())
                    .containsExactly("ksc=Kaspersky Security Center", "kbh=Kaspersky Business Hub");
            assertThat(select.defaultValue()).isEqualTo("ksc");
        }

        @Test
        void securityCenterFieldsShowOnlyWhileSecurityCenterIsChosen() {
            List<String> autotask = List.of(SettingsKeys.AUTOTASK_USERNAME, SettingsKeys.AUTOTASK_SECRET,
                    SettingsKeys.AUTOTASK_INTEGRATION_CODE, SettingsKeys.AUTOTASK_BASE_URL,
                    SettingsKeys.AUTOTASK_IMPERSONATION_RESOURCE_ID, SettingsKeys.KASPERSKY_SOLUTION);
            List<String> ksc = List.of(SettingsKeys.KSC_ADDRESS, SettingsKeys.KSC_USERNAME, SettingsKeys.KSC_PASSWORD,
                    SettingsKeys.KSC_VIRTUAL_SERVER, SettingsKeys.KSC_PARALLEL_VIRTUAL_SERVERS,
                    SettingsKeys.KSC_CERTIFICATE_PIN);

            assertThat(HostView.of(connection, solution(Solution.BUSINESS_HUB)).visibleFields())
                    .containsExactlyElementsOf(autotask);
            assertThat(HostView.of(connection, solution(Solution.SECURITY_CENTER)).visibleFields())
                    .containsExactlyElementsOf(concat(autotask, ksc));
            // Nothing stored yet: the host shows the select's default, Security Center, and its fields.
            assertThat(HostView.of(connection, SettingsValues.empty()).visibleFields())
                    .containsExactlyElementsOf(concat(autotask, ksc));
        }

        @Test
        void offersBothTestActions() {
            assertThat(connection.actions()).extracting(a -> a.id() + "=" + a.label()).containsExactly(
                    "test-autotask=Test Autotask connection", "test-kaspersky=Test Kaspersky connection");
        }
    }

    @Nested
    class Services {

        @ParameterizedTest
        @EnumSource(Solution.class)
        void oneRowPerApplicationOfTheChosenSolutionInCatalogOrder(Solution solution) {
            MappingTableField table = HostView.of(panel(solution(solution), SettingsKeys.SERVICES_PANEL),
                    SettingsValues.empty()).table(SettingsKeys.SERVICES);

            assertThat(table.rows()).extracting(MappingRow::id)
                    .containsExactlyElementsOf(CATALOG.forSolution(solution).stream().map(SecurityApplication::id).toList());
            assertThat(table.rowSource()).isEmpty();
            assertThat(table.rowHeader()).isEqualTo("Kaspersky security application");
        }

        @Test
        void theColumnsAreTheSingleServiceAndOnePerDeviceCategoryAllFromTheActiveServices() {
            MappingTableField table = HostView.of(panel(SettingsValues.empty(), SettingsKeys.SERVICES_PANEL),
                    SettingsValues.empty()).table(SettingsKeys.SERVICES);

            assertThat(table.columns()).extracting(c -> c.id() + "=" + c.label()).containsExactly(
                    "service=Autotask service", "windowsWorkstations=Windows workstations",
                    "windowsServers=Windows servers", "nonWindows=Non-Windows devices");
            assertThat(table.columns()).allSatisfy(c -> {
                assertThat(c.kind()).isEqualTo(ColumnKind.SELECT);
                assertThat(c.source()).contains(OptionSource.named(SettingsKeys.SERVICES_SOURCE));
            });
        }

        @Test
        void theToggleIsOffByDefaultAndLivesInTheSamePanelAsTheTable() {
            PanelDefinition services = panel(SettingsValues.empty(), SettingsKeys.SERVICES_PANEL);

            assertThat(services.fields()).extracting(FieldDefinition::key)
                    .containsExactly(SettingsKeys.BILL_BY_CATEGORY, SettingsKeys.SERVICES);
            assertThat(services.field(SettingsKeys.BILL_BY_CATEGORY)).get()
                    .isInstanceOfSatisfying(ToggleField.class, t -> {
                        assertThat(t.label()).isEqualTo("Bill devices by category");
                        assertThat(t.defaultValue()).isFalse();
                    });
        }

        @Test
        void securityCenterToggleOffShowsOneServiceColumnForEveryApplication() {
            HostView view = HostView.of(panel(solution(Solution.SECURITY_CENTER), SettingsKeys.SERVICES_PANEL),
                    solution(Solution.SECURITY_CENTER).with(SettingsKeys.BILL_BY_CATEGORY, "false"));

            for (SecurityApplication application : CATALOG.forSolution(Solution.SECURITY_CENTER)) {
                assertThat(view.cells(SettingsKeys.SERVICES, application.id())).containsExactly("service");
            }
        }

        @Test
        void securityCenterToggleOnShowsThreeCategoryColumnsForEveryPerDeviceApplication() {
            HostView view = HostView.of(panel(solution(Solution.SECURITY_CENTER), SettingsKeys.SERVICES_PANEL),
                    solution(Solution.SECURITY_CENTER).with(SettingsKeys.BILL_BY_CATEGORY, "true"));

            assertThat(view.visibleColumns(SettingsKeys.SERVICES)).containsExactlyElementsOf(CATEGORY_COLUMNS);
            for (SecurityApplication application : CATALOG.forSolution(Solution.SECURITY_CENTER)) {
                // A category the application never runs on is shown as not applicable, without a select.
                List<String> runsOn = java.util.Arrays.stream(DeviceCategory.values()).filter(application::runsOn)
                        .map(DeviceCategory::key).toList();
                assertThat(view.cells(SettingsKeys.SERVICES, application.id()))
                        .as(application.name()).containsExactlyElementsOf(runsOn);
            }
            assertThat(view.cells(SettingsKeys.SERVICES, "kes-linux")).containsExactly("nonWindows");
            assertThat(view.cells(SettingsKeys.SERVICES, "ksws")).containsExactly("windowsServers");
            assertThat(view.cells(SettingsKeys.SERVICES, "ksv-la")).containsExactlyElementsOf(CATEGORY_COLUMNS);
        }

        @Test
        void businessHubApplicationsAreLicensedPerUserAndKeepTheSingleColumnWhateverTheToggle() {
            for (String toggle : List.of("false", "true")) {
                SettingsValues stored = solution(Solution.BUSINESS_HUB).with(SettingsKeys.BILL_BY_CATEGORY, toggle);
                HostView view = HostView.of(panel(stored, SettingsKeys.SERVICES_PANEL), stored);

                for (MappingRow row : view.table(SettingsKeys.SERVICES).rows()) {
                    assertThat(row.isRestricted()).isTrue();
                    assertThat(view.cells(SettingsKeys.SERVICES, row)).as(row.label() + " toggle " + toggle)
                            .containsExactly("service");
                    assertThat(row.description()).contains("per user");
                }
            }
        }

        @Test
        void withBothLicensingModelsInOneSolutionOnlyThePerUserRowKeepsTheSingleColumn() {
            ApplicationCatalog mixed = new ApplicationCatalog(List.of(
                    new SecurityApplication("kes-windows", "Kaspersky Endpoint Security for Windows",
                            Solution.SECURITY_CENTER, Licensing.PER_DEVICE, List.of("KES"), List.of()),
                    new SecurityApplication("kes-cloud-plus", "Kaspersky Endpoint Security Cloud Plus",
                            Solution.SECURITY_CENTER, Licensing.PER_USER, List.of(), List.of())));
            SettingsValues on = SettingsValues.empty().with(SettingsKeys.BILL_BY_CATEGORY, "true");
            SettingsValues off = SettingsValues.empty().with(SettingsKeys.BILL_BY_CATEGORY, "false");
            PanelDefinition services = new DefaultSettingsService(mixed, new FakePorts()).panels(Contexts.of(on))
                    .get(2);

            HostView onView = HostView.of(services, on);
            HostView offView = HostView.of(services, off);

            assertThat(onView.cells(SettingsKeys.SERVICES, "kes-windows")).containsExactlyElementsOf(CATEGORY_COLUMNS);
            assertThat(onView.cells(SettingsKeys.SERVICES, "kes-cloud-plus")).containsExactly("service");
            assertThat(offView.cells(SettingsKeys.SERVICES, "kes-windows")).containsExactly("service");
            assertThat(offView.cells(SettingsKeys.SERVICES, "kes-cloud-plus")).containsExactly("service");
            MappingRow perUser = onView.table(SettingsKeys.SERVICES).rows().get(1);
            assertThat(CATEGORY_COLUMNS).noneMatch(perUser::allows);
        }
    }

    @Nested
    class Companies {

        @ParameterizedTest
        @EnumSource(Solution.class)
        void rowsComeLiveFromTheKasperskyCustomers(Solution solution) {
            MappingTableField table = HostView.of(panel(solution(solution), SettingsKeys.COMPANIES_PANEL),
                    SettingsValues.empty()).table(SettingsKeys.companies(solution));

            assertThat(table.key()).isEqualTo(solution == Solution.BUSINESS_HUB
                    ? "companies.businessHub.mapping" : "companies.mapping");
            assertThat(table.rows()).isEmpty();
            assertThat(table.rowSource()).contains(SettingsKeys.CUSTOMERS_SOURCE);
            assertThat(table.rowHeader()).isEqualTo(solution == Solution.BUSINESS_HUB
                    ? "Business Hub company" : "Virtual server");
        }

        @Test
        void columnsAreCompanyBillingAndTheContractsOfTheRowsCompany() {
            MappingTableField table = HostView.of(panel(SettingsValues.empty(), SettingsKeys.COMPANIES_PANEL),
                    SettingsValues.empty()).table(SettingsKeys.COMPANIES);
            Map<String, ColumnDefinition> columns = new java.util.LinkedHashMap<>();
            table.columns().forEach(c -> columns.put(c.id(), c));

            assertThat(columns.keySet()).containsExactly("company", "billing", "contract");
            assertThat(columns.get("company").source()).contains(OptionSource.named(SettingsKeys.COMPANIES_SOURCE));
            assertThat(columns.get("billing").kind()).isEqualTo(ColumnKind.TOGGLE);
            assertThat(columns.get("billing").defaultValue()).isEqualTo("false");
            assertThat(columns.get("contract").source()).contains(
                    OptionSource.named(SettingsKeys.CONTRACTS_SOURCE, SettingsKeys.COMPANY_COLUMN));
            assertThat(table.columns()).allSatisfy(c -> assertThat(c.visibleWhen()).isEmpty());
        }
    }

    @Nested
    class BillingOptionsPanel {

        private final PanelDefinition billing = panel(SettingsValues.empty(), SettingsKeys.BILLING_PANEL);

        @Test
        void zeroStaleUnitsIsOffByDefaultAndSaysWhatItDoes() {
            ToggleField toggle = (ToggleField) billing.field(SettingsKeys.ZERO_STALE_UNITS).orElseThrow();

            assertThat(toggle.defaultValue()).isFalse();
            assertThat(toggle.help()).contains("down to zero").contains("Off:").contains("run report")
                    .contains("never touched");
        }

        @Test
        void apiBudgetShareDefaultsToFiftyPercent() {
            assertThat(HostView.of(billing, SettingsValues.empty()).value(SettingsKeys.API_BUDGET_SHARE)).isEqualTo("50");
            assertThat(billing.field(SettingsKeys.API_BUDGET_SHARE).map(FieldDefinition::help))
                    .hasValueSatisfying(help -> assertThat(help).contains("10").contains("90"));
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

}
