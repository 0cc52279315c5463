package net.mspbridge.integration.mapping;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import net.mspbridge.api.ConfigurationException;
import net.mspbridge.api.HostContext;
import net.mspbridge.api.settings.Option;
import net.mspbridge.api.settings.OptionsRequest;
import net.mspbridge.integration.settings.ConnectionRules;
import net.mspbridge.integration.settings.SettingsKeys;

/** The live drop-downs: Autotask services, companies, and one company's billable contracts. */
final class OptionSources {

    private OptionSources() {
    }

    /**
     * @throws ConfigurationException for an unknown source or a company parameter that is not an id
     * @throws net.mspbridge.api.ServiceUnavailableException when Autotask cannot answer
     */
    static List<Option> options(OptionsRequest request, HostContext context, SettingsPorts ports) {
        return switch (request.source()) {
            case SettingsKeys.SERVICES_SOURCE -> ports.autotaskDirectory(context).activeServices().stream()
                    .filter(AutotaskDirectory.Service::active)
                    .sorted(Comparator.comparing(AutotaskDirectory.Service::name, String.CASE_INSENSITIVE_ORDER))
                    .map(OptionLabels::service)
                    .toList();
            case SettingsKeys.COMPANIES_SOURCE -> ports.autotaskDirectory(context).activeCompanies().stream()
                    .filter(AutotaskDirectory.Company::active)
                    .sorted(Comparator.comparing(AutotaskDirectory.Company::name, String.CASE_INSENSITIVE_ORDER))
                    .map(OptionLabels::company)
                    .toList();
            case SettingsKeys.CONTRACTS_SOURCE -> contracts(request, context, ports);
            default -> throw new ConfigurationException("This plugin has no option source \"" + request.source()
                    + "\"; it has " + SettingsKeys.SERVICES_SOURCE + ", " + SettingsKeys.COMPANIES_SOURCE + " and "
                    + SettingsKeys.CONTRACTS_SOURCE + ".");
        };
    }

    /** The chosen company's contracts that can be billed today; none until a company is chosen. */
    private static List<Option> contracts(OptionsRequest request, HostContext context, SettingsPorts ports) {
        String company = request.parameter(SettingsKeys.COMPANY_COLUMN).trim();
        if (company.isEmpty()) {
            return List.of();
        }
        long companyId = ConnectionRules.companyId(company).orElseThrow(() -> new ConfigurationException(
                "The contracts drop-down was asked for company \"" + company
                        + "\", which is not an Autotask company id: choose the company again."));
        LocalDate today = LocalDate.now(context.clock());
        return ports.autotaskDirectory(context).contractsOf(companyId).stream()
                .filter(c -> c.companyId() == companyId && c.billableOn(today))
                .sorted(Comparator.comparing(AutotaskDirectory.Contract::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(AutotaskDirectory.Contract::id))
                .map(OptionLabels::contract)
                .toList();
    }
}
