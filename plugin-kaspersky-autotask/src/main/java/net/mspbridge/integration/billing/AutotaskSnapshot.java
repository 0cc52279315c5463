package net.mspbridge.integration.billing;

import java.util.List;
import java.util.Map;

/**
 * What a run read from Autotask, as the reconciliation takes it.
 *
 * @param contracts        the contracts found, by id
 * @param unreadable       contracts whose data could not be read, with the reason: their
 *                         customers are reported and left alone in this run
 * @param contractServices the services on the contracts read
 * @param units            the unit rows of those contracts from the effective date on
 * @param services         the services found, by id
 * @param companyNames     company display names, by id (may miss some: names are cosmetic)
 * @param currencies       each company's currency code, by company id; a company without a currency
 *                         (none in Autotask, or not readable) is absent
 */
record AutotaskSnapshot(
        Map<Long, ContractFacts> contracts,
        Map<Long, String> unreadable,
        List<ContractServiceFacts> contractServices,
        List<UnitsRow> units,
        Map<Long, ServiceFacts> services,
        Map<Long, String> companyNames,
        Map<Long, String> currencies) {

    AutotaskSnapshot {
        contracts = Map.copyOf(contracts);
        unreadable = Map.copyOf(unreadable);
        contractServices = List.copyOf(contractServices);
        units = List.copyOf(units);
        services = Map.copyOf(services);
        companyNames = Map.copyOf(companyNames);
        currencies = Map.copyOf(currencies);
    }
}
