package net.mspbridge.integration.mapping;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.mspbridge.api.HostContext;
import net.mspbridge.api.PluginException;
import net.mspbridge.api.settings.MappingRow;
import net.mspbridge.api.settings.TableValue;
import net.mspbridge.integration.kaspersky.KasperskyCustomer;
import net.mspbridge.integration.kaspersky.Solution;
import net.mspbridge.integration.redaction.Redactor;
import net.mspbridge.integration.settings.ConnectionRules;
import net.mspbridge.integration.settings.SettingsKeys;

/**
 * The rows of the Companies panel: the Kaspersky customers, each unmapped one with the Autotask
 * company whose name matches it as a suggestion.
 */
final class CustomerRows {

    private static final Logger LOG = LoggerFactory.getLogger(CustomerRows.class);
    private static final Comparator<KasperskyCustomer> BY_NAME =
            Comparator.comparing(KasperskyCustomer::name, String.CASE_INSENSITIVE_ORDER).thenComparing(KasperskyCustomer::id);

    private CustomerRows() {
    }

    /**
     * @throws net.mspbridge.api.ServiceUnavailableException when the customers cannot be read;
     *         Autotask failing only costs the suggestions
     */
    static List<MappingRow> rows(HostContext context, SettingsPorts ports) {
        List<KasperskyCustomer> customers = ports.usageSource(context).customers().stream().sorted(BY_NAME).toList();
        TableValue stored = context.settings().table(SettingsKeys.companies(ConnectionRules.solution(context.settings())));
        List<KasperskyCustomer> unmapped = customers.stream()
                .filter(c -> stored.cell(c.id(), SettingsKeys.COMPANY_COLUMN).isEmpty())
                .toList();
        Map<String, Long> suggested = unmapped.isEmpty() ? Map.of() : suggestions(unmapped, stored, context, ports);
        String description = ConnectionRules.solution(context.settings()) == Solution.BUSINESS_HUB
                ? "Business Hub company (host inventory)"
                : "Virtual server";
        return customers.stream()
                .map(c -> new MappingRow(c.id(), c.name(), description, List.of(),
                        suggested.containsKey(c.id())
                                ? Map.of(SettingsKeys.COMPANY_COLUMN, Long.toString(suggested.get(c.id())))
                                : Map.of()))
                .toList();
    }

    private static Map<String, Long> suggestions(List<KasperskyCustomer> unmapped, TableValue stored,
            HostContext context, SettingsPorts ports) {
        List<AutotaskDirectory.Company> companies;
        try {
            companies = ports.autotaskDirectory(context).activeCompanies();
        } catch (PluginException e) {
            // Suggestions are a convenience: the rows still come, the person chooses by hand.
            LOG.info("No company suggestions, Autotask could not be read: {}",
                    Redactor.of(context.secrets()).scrub(e.getMessage()));
            return Map.of();
        }
        return match(unmapped, companies, takenCompanies(stored));
    }

    /**
     * Suggests a company for a customer when exactly one free active company has the same name
     * key and no other unmapped customer has that key too: an ambiguous suggestion would be a
     * guess, and two rows suggesting one company would map it twice.
     */
    static Map<String, Long> match(List<KasperskyCustomer> unmapped, List<AutotaskDirectory.Company> companies,
            Set<Long> taken) {
        Map<String, List<AutotaskDirectory.Company>> companiesByKey = companies.stream()
                .filter(AutotaskDirectory.Company::active)
                .filter(c -> !taken.contains(c.id()))
                .collect(Collectors.groupingBy(c -> CompanyNames.key(c.name())));
        Map<String, Long> customersPerKey = unmapped.stream()
                .collect(Collectors.groupingBy(c -> CompanyNames.key(c.name()), Collectors.counting()));
        Map<String, Long> out = new HashMap<>();
        for (KasperskyCustomer customer : unmapped) {
            String key = CompanyNames.key(customer.name());
            List<AutotaskDirectory.Company> candidates = companiesByKey.getOrDefault(key, List.of());
            if (!key.isEmpty() && candidates.size() == 1 && customersPerKey.get(key) == 1) {
                out.put(customer.id(), candidates.get(0).id());
            }
        }
        return out;
    }

    private static Set<Long> takenCompanies(TableValue stored) {
        Set<Long> taken = new HashSet<>();
        for (String rowId : stored.rowIds()) {
            stored.cell(rowId, SettingsKeys.COMPANY_COLUMN)
                    .flatMap(ConnectionRules::companyId)
                    .ifPresent(taken::add);
        }
        return taken;
    }
}
