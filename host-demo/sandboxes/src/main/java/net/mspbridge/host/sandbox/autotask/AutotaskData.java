package net.mspbridge.host.sandbox.autotask;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the Autotask sandbox holds, as plain values: what a seed gives it, what it persists
 * ({@code sandbox/autotask.json}) and what a snapshot returns. Immutable.
 *
 * @param unitChanges            every contract service's units over time: the units it was set up with and
 *                               every adjustment's change
 * @param adjustments            the adjustments received, in the order received
 * @param nextContractServiceId  the id the next contract service created by an adjustment gets
 * @param nextAdjustmentId       the item id the next adjustment gets
 * @param currencies             the currencies the companies are billed in (a file saved before the sandbox
 *                               had currencies reads as {@link AtCurrency#STANDARD}, its companies in US dollars)
 * @param autotaskPeriodTypes    true: the services' {@code periodType}s are Autotask's own numbers (2 Monthly to
 *                               5 Yearly, {@link PicklistValues}). A file saved before had the sandbox's own 1 to 4
 *                               and no such field: it reads with each service's period moved up by one, so a
 *                               yearly service stays yearly
 */
public record AutotaskData(List<AtCompany> companies, List<AtService> services, List<AtContract> contracts,
                           List<AtContractService> contractServices, List<AtUnitChange> unitChanges,
                           List<AtAdjustment> adjustments, long nextContractServiceId, long nextAdjustmentId,
                           List<AtCurrency> currencies, Boolean autotaskPeriodTypes) {

    /** Data whose services' period types are Autotask's own numbers. */
    public AutotaskData(List<AtCompany> companies, List<AtService> services, List<AtContract> contracts,
                        List<AtContractService> contractServices, List<AtUnitChange> unitChanges,
                        List<AtAdjustment> adjustments, long nextContractServiceId, long nextAdjustmentId,
                        List<AtCurrency> currencies) {
        this(companies, services, contracts, contractServices, unitChanges, adjustments, nextContractServiceId,
                nextAdjustmentId, currencies, true);
    }

    /** Data with the {@link AtCurrency#STANDARD} currencies. */
    public AutotaskData(List<AtCompany> companies, List<AtService> services, List<AtContract> contracts,
                        List<AtContractService> contractServices, List<AtUnitChange> unitChanges,
                        List<AtAdjustment> adjustments, long nextContractServiceId, long nextAdjustmentId) {
        this(companies, services, contracts, contractServices, unitChanges, adjustments, nextContractServiceId,
                nextAdjustmentId, AtCurrency.STANDARD);
    }

    /**
     * @throws IllegalArgumentException when ids repeat or a reference points nowhere
     */
    public AutotaskData {
        companies = List.copyOf(companies);
        services = autotaskPeriodTypes == null ? services.stream().map(AtService::withAutotaskPeriodType).toList()
                : List.copyOf(services);
        autotaskPeriodTypes = true;
        contracts = List.copyOf(contracts);
        contractServices = List.copyOf(contractServices);
        unitChanges = List.copyOf(unitChanges);
        adjustments = List.copyOf(adjustments);
        if (currencies == null) {
            // Saved before the sandbox had currencies: every company was billed in the internal currency then.
            currencies = AtCurrency.STANDARD;
            companies = companies.stream().map(c -> c.currencyID() == null ? c.inCurrency(AtCurrency.USD) : c).toList();
        } else {
            currencies = List.copyOf(currencies);
        }
        Set<Long> currencyIds = unique("currency", currencies.stream().map(AtCurrency::id).toList());
        for (AtCompany company : companies) {
            require(company.currencyID() == null || currencyIds.contains(company.currencyID()), "company " + company.id()
                    + " names currency " + company.currencyID() + ", which does not exist");
        }
        Set<Long> companyIds = unique("company", companies.stream().map(AtCompany::id).toList());
        Set<Long> serviceIds = unique("service", services.stream().map(AtService::id).toList());
        Set<Long> contractIds = unique("contract", contracts.stream().map(AtContract::id).toList());
        Set<Long> contractServiceIds = unique("contract service", contractServices.stream().map(AtContractService::id).toList());
        unique("adjustment", adjustments.stream().map(AtAdjustment::id).toList());
        for (AtContract contract : contracts) {
            require(companyIds.contains(contract.companyID()), "contract " + contract.id() + " names company " + contract.companyID() + ", which does not exist");
        }
        for (AtContractService cs : contractServices) {
            require(contractIds.contains(cs.contractID()), "contract service " + cs.id() + " names contract " + cs.contractID() + ", which does not exist");
            require(serviceIds.contains(cs.serviceID()), "contract service " + cs.id() + " names service " + cs.serviceID() + ", which does not exist");
            require(cs.id() < nextContractServiceId, "nextContractServiceId " + nextContractServiceId + " is not above contract service " + cs.id());
        }
        for (AtUnitChange change : unitChanges) {
            require(contractServiceIds.contains(change.contractServiceID()), "a unit change names contract service " + change.contractServiceID() + ", which does not exist");
        }
        for (AtAdjustment adjustment : adjustments) {
            require(adjustment.id() < nextAdjustmentId, "nextAdjustmentId " + nextAdjustmentId + " is not above adjustment " + adjustment.id());
        }
    }

    /** A seed: no adjustments yet; new ids start above every id given. */
    public static AutotaskData seed(List<AtCompany> companies, List<AtService> services, List<AtContract> contracts,
                                    List<AtContractService> contractServices, List<AtUnitChange> initialUnits) {
        long nextCs = contractServices.stream().mapToLong(AtContractService::id).max().orElse(0) + 1;
        return new AutotaskData(companies, services, contracts, contractServices, initialUnits, List.of(),
                Math.max(nextCs, 1), 1);
    }

    /** The units of a contract service in force on a date: every change dated on or before it, summed. */
    public int unitsInForce(long contractServiceId, LocalDate date) {
        return unitChanges.stream()
                .filter(c -> c.contractServiceID() == contractServiceId && !c.effectiveDate().isAfter(date))
                .mapToInt(AtUnitChange::change)
                .sum();
    }

    private static Set<Long> unique(String what, List<Long> ids) {
        Set<Long> seen = new HashSet<>();
        for (Long id : ids) {
            require(seen.add(id), "two of the " + what + " records have id " + id);
        }
        return seen;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("Autotask sandbox data: " + message);
        }
    }
}
