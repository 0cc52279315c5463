package net.mspbridge.integration.settings;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import net.mspbridge.api.ConfigurationException;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.api.settings.TableValue;

/** The saved Companies mapping, by Kaspersky customer id. Rows with no company chosen are absent. */
public record CompanyMappings(Map<String, CompanyMapping> byCustomer) {

    public CompanyMappings {
        byCustomer = Map.copyOf(byCustomer);
    }

    /**
     * Reads the mapping of the solution chosen now (each solution has its own Companies table) from
     * stored settings.
     *
     * @throws ConfigurationException when a stored company or contract id is not a number
     */
    public static CompanyMappings read(SettingsValues settings) {
        TableValue table = settings.table(SettingsKeys.companies(ConnectionRules.solution(settings)));
        Map<String, CompanyMapping> byCustomer = new LinkedHashMap<>();
        for (String customerId : table.rowIds()) {
            Optional<String> company = table.cell(customerId, SettingsKeys.COMPANY_COLUMN);
            if (company.isEmpty()) {
                continue;
            }
            OptionalLong contract = table.cell(customerId, SettingsKeys.CONTRACT_COLUMN)
                    .map(id -> OptionalLong.of(number(customerId, "contract", id)))
                    .orElse(OptionalLong.empty());
            boolean billing = table.cell(customerId, SettingsKeys.BILLING_COLUMN).map(Boolean::parseBoolean).orElse(false);
            byCustomer.put(customerId,
                    new CompanyMapping(customerId, number(customerId, "company", company.get()), contract, billing));
        }
        return new CompanyMappings(byCustomer);
    }

    private static long number(String customerId, String what, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ConfigurationException("The Companies mapping of '" + customerId + "' holds " + what
                    + " '" + value + "', which is not an Autotask id: choose the " + what + " again and save.");
        }
    }

    public Optional<CompanyMapping> of(String customerId) {
        return Optional.ofNullable(byCustomer.get(customerId));
    }

    /** The mappings whose "Billing" toggle is on. */
    public Collection<CompanyMapping> billable() {
        return byCustomer.values().stream().filter(CompanyMapping::billingEnabled).toList();
    }
}
