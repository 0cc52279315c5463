package net.mspbridge.integration.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.api.settings.TableValue;

class CompanyMappingsTest {

    @Test
    void readsMappedRowsAndOnlyBillsThoseWithBillingOn() {
        TableValue table = TableValue.empty()
                .with("vs-contoso", "company", "174").with("vs-contoso", "contract", "29684183")
                .with("vs-contoso", "billing", "true")
                .with("vs-fabrikam", "company", "175").with("vs-fabrikam", "billing", "false")
                .with("vs-unmapped", "billing", "true");

        CompanyMappings mappings = CompanyMappings.read(SettingsValues.empty().withTable(SettingsKeys.COMPANIES, table));

        assertThat(mappings.of("vs-contoso")).get().satisfies(m -> {
            assertThat(m.companyId()).isEqualTo(174L);
            assertThat(m.contractId()).hasValue(29684183L);
        });
        assertThat(mappings.of("vs-fabrikam")).get().satisfies(m -> assertThat(m.contractId()).isEmpty());
        assertThat(mappings.of("vs-unmapped")).isEmpty();
        assertThat(mappings.billable()).extracting(CompanyMapping::customerId).containsExactly("vs-contoso");
    }

    @Test
    void readsTheTableOfTheSolutionChosen() {
        SettingsValues both = SettingsValues.empty()
                .withTable(SettingsKeys.COMPANIES, TableValue.empty().with("12", "company", "174").with("12", "billing", "true"))
                .withTable(SettingsKeys.BUSINESS_HUB_COMPANIES,
                        TableValue.empty().with("inv-1", "company", "175").with("inv-1", "billing", "true"));

        assertThat(CompanyMappings.read(both).byCustomer()).containsOnlyKeys("12");
        assertThat(CompanyMappings.read(both.with(SettingsKeys.KASPERSKY_SOLUTION, "kbh")).byCustomer())
                .containsOnlyKeys("inv-1");
    }
}
