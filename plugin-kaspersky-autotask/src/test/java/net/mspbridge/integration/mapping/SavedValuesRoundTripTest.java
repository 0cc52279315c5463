package net.mspbridge.integration.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import net.mspbridge.api.settings.MappingRow;
import net.mspbridge.api.settings.PanelDefinition;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.api.settings.TableValue;
import net.mspbridge.api.settings.ValidationResult;
import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.kaspersky.DeviceCategory;
import net.mspbridge.integration.kaspersky.SecurityApplication;
import net.mspbridge.integration.kaspersky.Solution;
import net.mspbridge.integration.settings.CompanyMapping;
import net.mspbridge.integration.settings.CompanyMappings;
import net.mspbridge.integration.settings.ServiceMappings;
import net.mspbridge.integration.settings.SettingsKeys;

/**
 * Saves panels as a host does (the form starts from the stored values, the person changes cells,
 * the host validates the proposed values and stores them only without errors) and reads the result
 * back with the readers billing uses.
 */
class SavedValuesRoundTripTest {

    private static final ApplicationCatalog CATALOG = ApplicationCatalog.load();
    private static final SecurityApplication KES = CATALOG.find("kes-windows").orElseThrow();
    private static final SecurityApplication KSWS = CATALOG.find("ksws").orElseThrow();

    private final FakePorts ports = new FakePorts();
    private final DefaultSettingsService service = new DefaultSettingsService(CATALOG, ports);
    private SettingsValues stored = Contexts.CONNECTION;

    SavedValuesRoundTripTest() {
        ports.directory
                .service(100, "Endpoint protection", true, "4.50", "Monthly")
                .service(101, "Workstation", true, "4.00", "Monthly")
                .service(102, "Server", true, "9.00", "Monthly")
                .service(103, "Other OS", true, "3.00", "Monthly")
                .company(174, "Contoso Ltd", true)
                .company(175, "Fabrikam", true)
                .contract(5001, 174, "Contoso Managed Security", true, true, "2026-01-01", "2026-12-31")
                .contract(5002, 175, "Fabrikam Managed Security", true, true, "2026-01-01", "2026-12-31");
    }

    /** The host's save (plugin-api 1.1): proposed = stored merged with the submitted panel; stored only when valid. */
    private ValidationResult save(String panelId, SettingsValues submitted) {
        SettingsValues proposed = stored.mergeSave(submitted);
        ValidationResult result = service.validate(panelId, Contexts.of(proposed));
        if (!result.hasErrors()) {
            stored = proposed;
        }
        return result;
    }

    /** The table as the form shows it: the stored cells, hidden ones included. */
    private TableValue form(String tableKey) {
        return stored.table(tableKey);
    }

    /** What the page sends for the Services panel: only the rows the panel shows now, with their stored cells. */
    private TableValue shownServices(TableValue form) {
        PanelDefinition panel = service.panels(Contexts.of(stored)).get(2);
        Map<String, Map<String, String>> shown = new java.util.LinkedHashMap<>();
        for (MappingRow row : HostView.of(panel, stored).table(SettingsKeys.SERVICES).rows()) {
            if (!form.row(row.id()).isEmpty()) {
                shown.put(row.id(), form.row(row.id()));
            }
        }
        return new TableValue(shown);
    }

    @Nested
    class Services {

        @Test
        void singleThenPerCategoryChoicesAreBothKeptSoFlippingTheToggleLosesNothing() {
            TableValue single = form(SettingsKeys.SERVICES)
                    .with("kes-windows", "service", "100")
                    .with("ksws", "service", "100");
            assertThat(save(SettingsKeys.SERVICES_PANEL, SettingsValues.empty()
                    .with(SettingsKeys.BILL_BY_CATEGORY, "false").withTable(SettingsKeys.SERVICES, single))
                    .messages()).isEmpty();

            TableValue categories = form(SettingsKeys.SERVICES)
                    .with("kes-windows", "windowsWorkstations", "101")
                    .with("kes-windows", "windowsServers", "102")
                    .with("kes-windows", "nonWindows", "103")
                    .with("ksws", "windowsWorkstations", "102")
                    .with("ksws", "windowsServers", "102")
                    .with("ksws", "nonWindows", "103");
            assertThat(save(SettingsKeys.SERVICES_PANEL, SettingsValues.empty()
                    .with(SettingsKeys.BILL_BY_CATEGORY, "true").withTable(SettingsKeys.SERVICES, categories))
                    .messages()).isEmpty();

            ServiceMappings on = ServiceMappings.read(stored);
            assertThat(on.byCategory()).isTrue();
            assertThat(on.serviceFor(KES, DeviceCategory.WINDOWS_WORKSTATION)).contains(101L);
            assertThat(on.serviceFor(KES, DeviceCategory.WINDOWS_SERVER)).contains(102L);
            assertThat(on.serviceFor(KSWS, DeviceCategory.NON_WINDOWS)).contains(103L);
            assertThat(on.of("kes-windows").single()).isEqualTo(OptionalLong.of(100));

            assertThat(save(SettingsKeys.SERVICES_PANEL, SettingsValues.empty()
                    .with(SettingsKeys.BILL_BY_CATEGORY, "false").withTable(SettingsKeys.SERVICES, form(SettingsKeys.SERVICES)))
                    .messages()).isEmpty();

            ServiceMappings off = ServiceMappings.read(stored);
            for (DeviceCategory category : DeviceCategory.values()) {
                assertThat(off.serviceFor(KES, category)).contains(100L);
                assertThat(off.serviceFor(KSWS, category)).contains(100L);
            }
            assertThat(off.of("kes-windows").perCategory()).containsEntry(DeviceCategory.NON_WINDOWS, 103L);
        }

        @Test
        void savingUnderOneSolutionKeepsTheOtherSolutionsRowsAndBillingReadsTheSameAfterSwitchingBack() {
            ports.directory.service(200, "Cloud Plus per user", true, "3.20", "Monthly");
            TableValue securityCenter = form(SettingsKeys.SERVICES)
                    .with("kes-windows", "service", "100").with("ksws", "service", "100").with("kes-linux", "service", "103");
            assertThat(save(SettingsKeys.SERVICES_PANEL, SettingsValues.empty()
                    .withTable(SettingsKeys.SERVICES, shownServices(securityCenter))).messages()).isEmpty();
            ServiceMappings before = ServiceMappings.read(stored);

            assertThat(save(SettingsKeys.CONNECTION_PANEL, SettingsValues.empty()
                    .with(SettingsKeys.KASPERSKY_SOLUTION, Solution.BUSINESS_HUB.id())).hasErrors()).isFalse();
            TableValue businessHub = shownServices(form(SettingsKeys.SERVICES).with("kes-cloud-plus", "service", "200"));
            assertThat(businessHub.rowIds()).doesNotContain("kes-windows");
            assertThat(save(SettingsKeys.SERVICES_PANEL, SettingsValues.empty()
                    .withTable(SettingsKeys.SERVICES, businessHub)).messages()).isEmpty();
            assertThat(save(SettingsKeys.CONNECTION_PANEL, SettingsValues.empty()
                    .with(SettingsKeys.KASPERSKY_SOLUTION, Solution.SECURITY_CENTER.id())).hasErrors()).isFalse();

            ServiceMappings after = ServiceMappings.read(stored);
            assertThat(after.byApplication()).containsAllEntriesOf(before.byApplication());
            assertThat(after.of("kes-cloud-plus").single()).isEqualTo(OptionalLong.of(200));
            // Saving the Security Center rows again keeps the Business Hub row too.
            assertThat(save(SettingsKeys.SERVICES_PANEL, SettingsValues.empty()
                    .withTable(SettingsKeys.SERVICES, shownServices(form(SettingsKeys.SERVICES)))).messages()).isEmpty();
            assertThat(ServiceMappings.read(stored).of("kes-cloud-plus").single()).isEqualTo(OptionalLong.of(200));
        }

        @Test
        void aRefusedSaveStoresNothing() {
            TableValue perUserByCategory = form(SettingsKeys.SERVICES).with("kes-cloud-plus", "windowsServers", "102");

            ValidationResult result = save(SettingsKeys.SERVICES_PANEL, SettingsValues.empty()
                    .with(SettingsKeys.KASPERSKY_SOLUTION, Solution.BUSINESS_HUB.id())
                    .with(SettingsKeys.BILL_BY_CATEGORY, "true").withTable(SettingsKeys.SERVICES, perUserByCategory));

            assertThat(result.hasErrors()).isTrue();
            assertThat(stored).isEqualTo(Contexts.CONNECTION);
        }

        @Test
        void everyCellThePanelShowsIsReadBackUnderTheSameKeys() {
            for (Solution solution : Solution.values()) {
                for (String toggle : List.of("false", "true")) {
                    SettingsValues values = SettingsValues.empty().with(SettingsKeys.KASPERSKY_SOLUTION, solution.id())
                            .with(SettingsKeys.BILL_BY_CATEGORY, toggle);
                    PanelDefinition panel = service.panels(Contexts.of(values)).get(2);
                    HostView view = HostView.of(panel, values);
                    TableValue table = TableValue.empty();
                    long id = 1;
                    for (MappingRow row : view.table(SettingsKeys.SERVICES).rows()) {
                        for (String column : view.cells(SettingsKeys.SERVICES, row)) {
                            table = table.with(row.id(), column, Long.toString(id++));
                        }
                    }

                    ServiceMappings read = ServiceMappings.read(values.withTable(SettingsKeys.SERVICES, table));

                    for (MappingRow row : view.table(SettingsKeys.SERVICES).rows()) {
                        SecurityApplication application = CATALOG.find(row.id()).orElseThrow();
                        for (String column : view.cells(SettingsKeys.SERVICES, row)) {
                            long expected = Long.parseLong(table.cell(row.id(), column).orElseThrow());
                            DeviceCategory category = DeviceCategory.fromKey(column).orElse(DeviceCategory.NON_WINDOWS);
                            assertThat(read.serviceFor(application, category)).as(solution + " " + toggle + " " + row.id()
                                    + "/" + column).contains(expected);
                        }
                    }
                }
            }
        }
    }

    @Nested
    class Companies {

        @Test
        void aCustomerKasperskyNoLongerListsKeepsItsMappingAndItsProblemDoesNotBlockTheOthers() {
            ports.directory.contract(5005, 175, "Fabrikam Paused", true, false, "2026-01-01", "2026-12-31");
            ports.customer("vs-1", "Contoso").customer("vs-2", "Fabrikam");
            TableValue both = form(SettingsKeys.COMPANIES)
                    .with("vs-1", "company", "174").with("vs-1", "billing", "true").with("vs-1", "contract", "5001")
                    .with("vs-2", "company", "175").with("vs-2", "billing", "true").with("vs-2", "contract", "5005");
            assertThat(save(SettingsKeys.COMPANIES_PANEL, SettingsValues.empty().withTable(SettingsKeys.COMPANIES, both))
                    .hasErrors()).as("the inactive contract is an error while vs-2 is shown").isTrue();
            stored = stored.withTable(SettingsKeys.COMPANIES, both);
            ports.customers.removeIf(c -> c.id().equals("vs-2"));

            ValidationResult result = save(SettingsKeys.COMPANIES_PANEL, SettingsValues.empty().withTable(
                    SettingsKeys.COMPANIES, TableValue.empty().with("vs-1", "company", "174").with("vs-1", "billing", "false")
                            .with("vs-1", "contract", "5001")));

            assertThat(result.hasErrors()).isFalse();
            assertThat(result.warnings()).singleElement().satisfies(m -> {
                assertThat(m.path().rowId()).isEqualTo("vs-2");
                assertThat(m.text()).contains("inactive", "Kaspersky does not list this customer now");
            });
            assertThat(CompanyMappings.read(stored).of("vs-2")).contains(new CompanyMapping("vs-2", 175, OptionalLong.of(5005), true));
            assertThat(CompanyMappings.read(stored).of("vs-1").orElseThrow().billingEnabled()).isFalse();
        }

        @Test
        void acceptedSuggestionsBillingAndContractsReadBackAsTheSameChoices() {
            ports.customer("vs-1", "CONTOSO LIMITED").customer("vs-2", "Fabrikam").customer("vs-3", "Tailspin");

            List<MappingRow> rows = service.rows(SettingsKeys.CUSTOMERS_SOURCE, Contexts.of(stored));
            TableValue table = form(SettingsKeys.COMPANIES);
            for (MappingRow row : rows) {
                for (Map.Entry<String, String> suggestion : row.suggestions().entrySet()) {
                    table = table.with(row.id(), suggestion.getKey(), suggestion.getValue());
                }
            }
            table = table.with("vs-1", "billing", "true").with("vs-1", "contract", "5001")
                    .with("vs-2", "billing", "false").with("vs-2", "contract", "5002")
                    .with("vs-3", "billing", "false");
            assertThat(save(SettingsKeys.COMPANIES_PANEL, SettingsValues.empty().withTable(SettingsKeys.COMPANIES, table))
                    .messages()).isEmpty();

            CompanyMappings read = CompanyMappings.read(stored);

            assertThat(read.byCustomer()).containsOnlyKeys("vs-1", "vs-2");
            assertThat(read.of("vs-1")).contains(new CompanyMapping("vs-1", 174, OptionalLong.of(5001), true));
            assertThat(read.of("vs-2")).contains(new CompanyMapping("vs-2", 175, OptionalLong.of(5002), false));
            assertThat(read.billable()).extracting(CompanyMapping::customerId).containsExactly("vs-1");

            List<MappingRow> again = service.rows(SettingsKeys.CUSTOMERS_SOURCE, Contexts.of(stored));
            assertThat(again).allSatisfy(r -> assertThat(r.suggestions()).isEmpty());
        }
    }
}
