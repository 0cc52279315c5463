package net.mspbridge.integration.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import net.mspbridge.api.ServiceUnavailableException;
import net.mspbridge.api.billing.Problem;
import net.mspbridge.api.billing.ProblemKind;
import net.mspbridge.api.billing.RunMonitor;

/**
 * Reads what a run needs from Autotask in batches: per batch of up to 500 contracts one call each
 * for contracts, their services and their unit rows; then the services and the companies (names
 * and currency ids), 500 ids a call, and the currencies those companies name (one call: an Autotask
 * database has a handful of currencies). A batch whose read fails leaves its contracts unreadable (reported on their
 * customers) and the others go on. Checks for cancellation and renews the lease between calls.
 * Run thread only.
 */
final class AutotaskReader {

    static final String AUTOTASK = "Autotask";

    private final AutotaskPort port;
    private final RunMonitor monitor;
    private final Progress progress;
    private final RunLease lease;

    AutotaskReader(AutotaskPort port, RunMonitor monitor, Progress progress, RunLease lease) {
        this.port = port;
        this.monitor = monitor;
        this.progress = progress;
        this.lease = lease;
    }

    /**
     * @param snapshot  what was read; meaningful only when {@code stop} is empty
     * @param problems  problems met while reading that did not stop it
     * @param stop      why reading stopped early, if it did
     */
    record Result(AutotaskSnapshot snapshot, List<Problem> problems, Optional<Stop> stop) {
    }

    /**
     * @throws ServiceUnavailableException when Autotask cannot be used at all, or the services
     *                                     (needed for every price) cannot be read; nothing was changed
     */
    Result read(SortedSet<Long> contractIds, SortedSet<Long> serviceIds, Collection<Long> mappedCompanyIds, LocalDate date) {
        List<List<Long>> contractBatches = Batches.of(contractIds);
        List<List<Long>> serviceBatches = Batches.of(serviceIds);
        progress.expect(3 * contractBatches.size() + serviceBatches.size() + 2);
        Map<Long, ContractFacts> contracts = new HashMap<>();
        Map<Long, String> unreadable = new HashMap<>();
        List<ContractServiceFacts> contractServices = new ArrayList<>();
        List<UnitsRow> units = new ArrayList<>();
        Map<Long, ServiceFacts> services = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        try {
            for (List<Long> batch : contractBatches) {
                Optional<Stop> stop = readContracts(batch, date, contracts, contractServices, units, unreadable);
                if (stop.isPresent()) {
                    return stopped(stop.get());
                }
            }
            for (List<Long> batch : serviceBatches) {
                Optional<Stop> stop = checkpoint();
                if (stop.isPresent()) {
                    return stopped(stop.get());
                }
                progress.step("Reading Autotask services");
                port.services(batch).forEach(s -> services.put(s.id(), s));
                progress.advance("Read Autotask services");
            }
            SortedSet<Long> companyIds = new TreeSet<>(mappedCompanyIds);
            contracts.values().forEach(c -> companyIds.add(c.companyId()));
            Map<Long, String> companyNames = new HashMap<>();
            Map<Long, Long> currencyIds = new HashMap<>();
            for (List<Long> batch : Batches.of(companyIds)) {
                Optional<Stop> stop = checkpoint();
                if (stop.isPresent()) {
                    return stopped(stop.get());
                }
                progress.step("Reading Autotask companies");
                try {
                    for (CompanyFacts company : port.companies(batch)) {
                        companyNames.put(company.id(), company.name());
                        company.currencyId().ifPresent(currency -> currencyIds.put(company.id(), currency));
                    }
                } catch (ReadFailedException e) {
                    // Names and currencies only make the report readable; the billing does not depend on them.
                    problems.add(new Problem(ProblemKind.SOURCE_UNAVAILABLE, "Autotask companies",
                            "Companies could not be read (" + e.getMessage() + "); the report shows their ids and "
                                    + "no currency for their amounts.", 0));
                }
                progress.advance("Read Autotask companies");
            }
            Optional<Stop> stop = checkpoint();
            if (stop.isPresent()) {
                return stopped(stop.get());
            }
            Map<Long, String> currencies = currencies(currencyIds, problems);
            AutotaskSnapshot snapshot = new AutotaskSnapshot(contracts, unreadable, contractServices, units, services,
                    companyNames, currencies);
            return new Result(snapshot, problems, Optional.empty());
        } catch (BudgetLimitException e) {
            return stopped(new Stop(Stop.Kind.BUDGET, "The run stopped reading Autotask to spare the shared hourly API "
                    + "budget (" + e.getMessage() + "); nothing was changed. Run it again later, or raise the billing "
                    + "share of the API budget in the settings."));
        } catch (AutotaskPortUnavailableException e) {
            throw new ServiceUnavailableException(AUTOTASK, "Autotask could not be used, so nothing was billed: "
                    + e.getMessage(), e);
        } catch (ReadFailedException e) {
            // Only the services read gets here: without them no price is known.
            throw new ServiceUnavailableException(AUTOTASK, "Autotask services could not be read, so nothing was "
                    + "billed: " + e.getMessage(), e);
        }
    }

    /**
     * Each company's currency code, from one {@code Currencies} read (a database has a handful of
     * currencies, so their ids never fill a batch). A company whose currency is not found is left
     * without one: its amounts are shown without a currency rather than in a guessed one.
     */
    private Map<Long, String> currencies(Map<Long, Long> currencyIds, List<Problem> problems) {
        SortedSet<Long> ids = new TreeSet<>(currencyIds.values());
        if (ids.isEmpty()) {
            return Map.of();
        }
        progress.step("Reading Autotask currencies");
        Map<Long, String> codes;
        try {
            codes = port.currencyCodes(ids);
        } catch (ReadFailedException e) {
            problems.add(new Problem(ProblemKind.SOURCE_UNAVAILABLE, "Autotask currencies",
                    "Currencies could not be read (" + e.getMessage() + "); the report shows amounts without their "
                            + "currency.", 0));
            codes = Map.of();
        }
        progress.advance("Read Autotask currencies");
        Map<Long, String> byCompany = new HashMap<>();
        for (Map.Entry<Long, Long> company : currencyIds.entrySet()) {
            String code = codes.get(company.getValue());
            if (code != null && !code.isBlank()) {
                byCompany.put(company.getKey(), code);
            }
        }
        return byCompany;
    }

    /** One batch of contracts: the contracts, their services, their unit rows. */
    private Optional<Stop> readContracts(List<Long> batch, LocalDate date, Map<Long, ContractFacts> contracts,
                                         List<ContractServiceFacts> contractServices, List<UnitsRow> units,
                                         Map<Long, String> unreadable) {
        List<ContractFacts> batchContracts;
        List<ContractServiceFacts> batchServices;
        List<UnitsRow> batchUnits;
        try {
            Optional<Stop> stop = checkpoint();
            if (stop.isPresent()) {
                return stop;
            }
            progress.step("Reading Autotask contracts");
            batchContracts = port.contracts(batch);
            progress.advance("Read Autotask contracts");
            stop = checkpoint();
            if (stop.isPresent()) {
                return stop;
            }
            batchServices = port.contractServices(batch);
            progress.advance("Read the services on the contracts");
            stop = checkpoint();
            if (stop.isPresent()) {
                return stop;
            }
            batchUnits = port.serviceUnits(batch, date);
            progress.advance("Read the units in force");
        } catch (ReadFailedException e) {
            String reason = e.getMessage().endsWith(".") ? e.getMessage() : e.getMessage() + ".";
            batch.forEach(id -> unreadable.put(id, reason));
            return Optional.empty();
        }
        batchContracts.forEach(c -> contracts.put(c.id(), c));
        contractServices.addAll(batchServices);
        units.addAll(batchUnits);
        return Optional.empty();
    }

    /** Whether the run may make its next call. */
    private Optional<Stop> checkpoint() {
        if (monitor.isCancelled()) {
            return Optional.of(new Stop(Stop.Kind.CANCELLED, "The run was cancelled while reading Autotask; nothing was changed."));
        }
        if (!lease.renewIfDue()) {
            return Optional.of(new Stop(Stop.Kind.LEASE_LOST, "The run lost its claim to be the only billing run while "
                    + "reading Autotask; nothing was changed. Run it again."));
        }
        return Optional.empty();
    }

    private static Result stopped(Stop stop) {
        AutotaskSnapshot empty = new AutotaskSnapshot(Map.of(), Map.of(), List.of(), List.of(), Map.of(), Map.of(), Map.of());
        return new Result(empty, List.of(), Optional.of(stop));
    }
}
