package net.mspbridge.integration.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import net.mspbridge.api.ConfigurationException;
import net.mspbridge.api.ServiceUnavailableException;
import net.mspbridge.api.settings.MappingRow;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.api.settings.TableValue;
import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.settings.SettingsKeys;

class CustomerRowsTest {

    private final FakePorts ports = new FakePorts();

    private List<MappingRow> rows(SettingsValues stored) {
        return new DefaultSettingsService(ApplicationCatalog.load(), ports)
                .rows(SettingsKeys.CUSTOMERS_SOURCE, Contexts.of(stored));
    }

    private static Map<String, Map<String, String>> suggestions(List<MappingRow> rows) {
        Map<String, Map<String, String>> out = new java.util.LinkedHashMap<>();
        rows.forEach(r -> out.put(r.id(), r.suggestions()));
        return out;
    }

    @Test
    void oneRowPerKasperskyCustomerByNameUsingTheTablesColumns() {
        ports.customer("12", "fabrikam").customer("7", "Contoso");

        List<MappingRow> rows = rows(Contexts.CONNECTION);

        assertThat(rows).extracting(MappingRow::id, MappingRow::label).containsExactly(
                org.assertj.core.groups.Tuple.tuple("7", "Contoso"), org.assertj.core.groups.Tuple.tuple("12", "fabrikam"));
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.isRestricted()).isFalse();
            assertThat(r.description()).isEqualTo("Virtual server");
        });
    }

    @Test
    void businessHubCustomersSayTheyComeFromTheHostInventory() {
        ports.customer("c-1", "Contoso");

        assertThat(rows(SettingsValues.empty().with(SettingsKeys.KASPERSKY_SOLUTION, "kbh")))
                .singleElement().satisfies(r -> assertThat(r.description()).contains("Business Hub").contains("inventory"));
    }

    @Test
    void anUnmappedCustomerIsSuggestedTheCompanyWhoseNameMatches() {
        ports.customer("7", "CONTOSO LTD.").customer("12", "Fabrikam").customer("13", "Tailspin Toys");
        ports.directory.company(174, "Contoso Limited", true).company(175, "Fabrikam, Inc.", true)
                .company(176, "Adatum", true);

        assertThat(suggestions(rows(Contexts.CONNECTION))).containsExactly(
                Map.entry("7", Map.of(SettingsKeys.COMPANY_COLUMN, "174")),
                Map.entry("12", Map.of(SettingsKeys.COMPANY_COLUMN, "175")),
                Map.entry("13", Map.of()));
        assertThat(ports.directory.calls).containsExactly("activeCompanies");
    }

    @Test
    void aMappedCustomerKeepsItsChoiceAndItsCompanyIsNotSuggestedAgain() {
        ports.customer("7", "Contoso").customer("8", "Contoso Ltd").customer("12", "Fabrikam");
        ports.directory.company(174, "Contoso Ltd", true).company(175, "Fabrikam", true);
        SettingsValues stored = Contexts.CONNECTION.withTable(SettingsKeys.COMPANIES,
                TableValue.empty().with("7", "company", "174"));

        assertThat(suggestions(rows(stored))).containsExactly(
                Map.entry("7", Map.of()), Map.entry("8", Map.of()),
                Map.entry("12", Map.of(SettingsKeys.COMPANY_COLUMN, "175")));
    }

    @Test
    void anAmbiguousMatchSuggestsNothing() {
        ports.customer("7", "Contoso").customer("8", "Fabrikam").customer("9", "Fabrikam Inc");
        ports.directory.company(174, "Contoso Ltd", true).company(274, "Contoso LLC", true)
                .company(175, "Fabrikam", true).company(176, "Northwind", false);

        assertThat(rows(Contexts.CONNECTION)).allSatisfy(r -> assertThat(r.suggestions()).isEmpty());
    }

    @Test
    void inactiveCompaniesAreNeverSuggested() {
        ports.customer("7", "Northwind");
        ports.directory.company(176, "Northwind", false);

        assertThat(rows(Contexts.CONNECTION)).singleElement().satisfies(r -> assertThat(r.suggestions()).isEmpty());
    }

    @Test
    void whenEveryCustomerIsMappedAutotaskIsNotAsked() {
        ports.customer("7", "Contoso");

        rows(Contexts.CONNECTION.withTable(SettingsKeys.COMPANIES, TableValue.empty().with("7", "company", "174")));

        assertThat(ports.built).containsExactly("usageSource");
    }

    @Test
    void anUnreachableAutotaskOnlyCostsTheSuggestions() {
        ports.customer("7", "Contoso");
        ports.directory.company(174, "Contoso", true).unreachable();

        assertThat(rows(Contexts.CONNECTION)).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("7");
            assertThat(r.suggestions()).isEmpty();
        });
    }

    @Test
    void anUnreachableKasperskyIsReportedToTheHost() {
        ports.failToBuild(() -> new ServiceUnavailableException("Kaspersky Security Center",
                "Could not connect to ksc.contoso-msp.com:13299."));

        assertThatThrownBy(() -> rows(Contexts.CONNECTION)).isInstanceOf(ServiceUnavailableException.class)
                .hasMessageContaining("ksc.contoso-msp.com");
    }

    @Test
    void anUnknownRowSourceIsRefused() {
        assertThatThrownBy(() -> new DefaultSettingsService(ApplicationCatalog.load(), ports)
                .rows("autotask.companies", Contexts.of(Contexts.CONNECTION)))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("no row source");
    }
}
