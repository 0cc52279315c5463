package net.mspbridge.integration.mapping;

import net.mspbridge.api.settings.ColumnDefinition;
import net.mspbridge.api.settings.MappingTableField;
import net.mspbridge.api.settings.OptionSource;
import net.mspbridge.api.settings.PanelDefinition;
import net.mspbridge.integration.kaspersky.Solution;
import net.mspbridge.integration.settings.SettingsKeys;

/**
 * The Companies panel: one row per Kaspersky customer (from a row source, as customers live in
 * Kaspersky), mapped to an Autotask company, a billing switch and one of that company's contracts.
 */
final class CompaniesPanel {

    private CompaniesPanel() {
    }

    static PanelDefinition definition(Solution solution) {
        String customers = solution == Solution.BUSINESS_HUB ? "Business Hub company" : "Virtual server";
        return PanelDefinition.builder(SettingsKeys.COMPANIES_PANEL, "Companies")
                .help("Map each Kaspersky customer to its Autotask company and the Recurring Service contract its "
                        + "usage is billed to. Several customers may share one contract (sites, subsidiaries, a "
                        + "migration): its services are billed the sum of their usage. Names that match are "
                        + "suggested; save to accept a suggestion. Removing a mapping only breaks the link: nothing "
                        + "changes in Autotask.")
                .field(MappingTableField.builder(SettingsKeys.companies(solution), "Companies")
                        .help(solution == Solution.BUSINESS_HUB
                                ? "One row per company of the host's device inventory (Kaspersky Business Hub)."
                                : "One row per virtual server of Kaspersky Security Center.")
                        .rowHeader(customers)
                        .rowSource(SettingsKeys.CUSTOMERS_SOURCE)
                        .column(ColumnDefinition.select(SettingsKeys.COMPANY_COLUMN, "Autotask company")
                                .source(OptionSource.named(SettingsKeys.COMPANIES_SOURCE))
                                .build())
                        .column(ColumnDefinition.toggle(SettingsKeys.BILLING_COLUMN, "Billing")
                                .help("On: the customer's usage is billed at every billing run. Off: it is skipped.")
                                .build())
                        .column(ColumnDefinition.select(SettingsKeys.CONTRACT_COLUMN, "Contract")
                                .help("The company's active Recurring Service contracts in force today.")
                                .source(OptionSource.named(SettingsKeys.CONTRACTS_SOURCE, SettingsKeys.COMPANY_COLUMN))
                                .build())
                        .build())
                .build();
    }
}
