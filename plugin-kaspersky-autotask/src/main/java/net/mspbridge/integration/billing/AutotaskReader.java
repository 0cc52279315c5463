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
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import net.mspbridge.api.ServiceUnavailableException;
import net.mspbridge.api.billing.Problem;
import net.mspbridge.api.billing.ProblemKind;
import net.mspbridge.api.billing.RunMonitor;

/**
 * Reads what a run needs from Autotask in batches: per batch of up to 500 contracts one call each
 * for contracts, their services and their unit rows, and the services, 500 ids a call, all side by
 * side ({@link ReadsSideBySide}: Autotask allows 3 calls in flight per integration code and
 * endpoint, and these reads do not depend on each other), the unit rows on threads of their own;
 * then the companies of the contracts read (names and currency ids), side by
 * side too, and the currencies those companies name (one call: an Autotask database has a handful
 * of currencies). A batch whose read fails leaves its contracts unreadable (reported on their
 * customers) and the others go on. Checks for cancellation and renews the lease before each
 * call. Made and used by the run's thread; its reads run on threads of their own.
 *
 * <p>Autotask's limit of 3 threads per endpoint:
 * https://ww2.autotask.net/help/developerhelp/content/apis/General/ThreadLimiting.htm ("a thread limit
 * of three per object endpoint and tracking identifier").
 */
final class AutotaskReader {

    static final String AUTOTASK = "Autotask";

    /**
     * Reads at once besides the unit rows: 3 for each of the three endpoints read together with them
     * (contracts, contract services, services). The client's shared slots keep each endpoint at 3.
     */
    static final int READ_THREADS = 3 * 3;

    /**
     * Unit-row reads at once: 3, Autotask's limit for the endpoint. They have a pool of their own so
     * that the batches' {@code ContractServiceUnits} queries, the largest answers of a run, never
     * take the threads the other reads need; their heap is held down by the client decoding each
     * page as it arrives (with every page's JSON kept to the end of a query, three such queries at
     * once took the benchmark's large case to 253 MiB after GC and four past its 256 MiB target;
     * docs/benchmarks.md, issue 17 step 3).
     */
    static final int UNIT_READ_THREADS = 3;

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
        try (ReadsSideBySide reads = new ReadsSideBySide("autotask-read", READ_THREADS);
             ReadsSideBySide unitReads = new ReadsSideBySide("autotask-read-units", UNIT_READ_THREADS)) {
            // Submitted batch by batch, so the first batches' three reads run first, one per endpoint.
            List<BatchReads> batches = new ArrayList<>();
            for (List<Long> batch : contractBatches) {
                batches.add(new BatchReads(batch,
                        reads.submit(guarded("Reading Autotask contracts", "Read Autotask contracts",
                                () -> port.contracts(batch))),
                        reads.submit(guarded("Reading the services on the contracts", "Read the services on the contracts",
                                () -> port.contractServices(batch))),
                        unitReads.submit(guarded("Reading the units in force", "Read the units in force",
                                () -> port.serviceUnits(batch, date)))));
            }
            List<Future<List<ServiceFacts>>> serviceReads = new ArrayList<>();
            for (List<Long> batch : serviceBatches) {
                serviceReads.add(reads.submit(guarded("Reading Autotask services", "Read Autotask services",
                        () -> port.services(batch))));
            }
            Map<Long, ContractFacts> contracts = new HashMap<>();
            Map<Long, String> unreadable = new HashMap<>();
            List<ContractServiceFacts> contractServices = new ArrayList<>();
            List<UnitsRow> units = new ArrayList<>();
            for (BatchReads batch : batches) {
                batch.collect(contracts, contractServices, units, unreadable);
            }
            Map<Long, ServiceFacts> services = new HashMap<>();
            for (Future<List<ServiceFacts>> read : serviceReads) {
                ReadsSideBySide.await(read).forEach(s -> services.put(s.id(), s));
            }
            SortedSet<Long> companyIds = new TreeSet<>(mappedCompanyIds);
            contracts.values().forEach(c -> companyIds.add(c.companyId()));
            List<Problem> problems = new ArrayList<>();
            Map<Long, String> companyNames = new HashMap<>();
            Map<Long, Long> currencyIds = new HashMap<>();
            readCompanies(reads, companyIds, companyNames, currencyIds, problems);
            Map<Long, String> currencies = currencies(reads, currencyIds, problems);
            AutotaskSnapshot snapshot = new AutotaskSnapshot(contracts, unreadable, contractServices, units, services,
                    companyNames, currencies);
            return new Result(snapshot, problems, Optional.empty());
        } catch (ReadsSideBySide.ReadFailure failure) {
            return stoppedBy(failure.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return stopped(new Stop(Stop.Kind.CANCELLED, "The run was interrupted while reading Autotask; nothing was changed."));
        }
    }

    /**
     * The companies' names and currency ids, 500 ids a read. Names and currencies only make the report
     * readable (the billing does not depend on them), so a failed read is a problem, not a stop.
     */
    private void readCompanies(ReadsSideBySide reads, SortedSet<Long> companyIds, Map<Long, String> names,
                               Map<Long, Long> currencyIds, List<Problem> problems)
            throws ReadsSideBySide.ReadFailure, InterruptedException {
        List<Future<List<CompanyFacts>>> companyReads = new ArrayList<>();
        for (List<Long> batch : Batches.of(companyIds)) {
            companyReads.add(reads.submit(guarded("Reading Autotask companies", "Read Autotask companies",
                    () -> port.companies(batch))));
        }
        for (Future<List<CompanyFacts>> read : companyReads) {
            try {
                for (CompanyFacts company : ReadsSideBySide.await(read)) {
                    names.put(company.id(), company.name());
                    company.currencyId().ifPresent(currency -> currencyIds.put(company.id(), currency));
                }
            } catch (ReadsSideBySide.ReadFailure failure) {
                if (!(failure.getCause() instanceof ReadFailedException e)) {
                    throw failure;
                }
                problems.add(new Problem(ProblemKind.SOURCE_UNAVAILABLE, "Autotask companies",
                        "Companies could not be read (" + e.getMessage() + "); the report shows their ids and "
                                + "no currency for their amounts.", 0));
            }
        }
    }

    /**
     * Each company's currency code, from one {@code Currencies} read (a database has a handful of
     * currencies, so their ids never fill a batch). A company whose currency is not found is left
     * without one: its amounts are shown without a currency rather than in a guessed one.
     */
    private Map<Long, String> currencies(ReadsSideBySide reads, Map<Long, Long> currencyIds, List<Problem> problems)
            throws ReadsSideBySide.ReadFailure, InterruptedException {
        SortedSet<Long> ids = new TreeSet<>(currencyIds.values());
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> codes;
        try {
            codes = ReadsSideBySide.await(reads.submit(guarded("Reading Autotask currencies", "Read Autotask currencies",
                    () -> port.currencyCodes(ids))));
        } catch (ReadsSideBySide.ReadFailure failure) {
            if (!(failure.getCause() instanceof ReadFailedException e)) {
                throw failure;
            }
            problems.add(new Problem(ProblemKind.SOURCE_UNAVAILABLE, "Autotask currencies",
                    "Currencies could not be read (" + e.getMessage() + "); the report shows amounts without their "
                            + "currency.", 0));
            codes = Map.of();
        }
        Map<Long, String> byCompany = new HashMap<>();
        for (Map.Entry<Long, Long> company : currencyIds.entrySet()) {
            String code = codes.get(company.getValue());
            if (code != null && !code.isBlank()) {
                byCompany.put(company.getKey(), code);
            }
        }
        return byCompany;
    }

    /** What a read's failure, other than one batch's failed read, means for the run. */
    private static Result stoppedBy(Throwable cause) {
        if (cause instanceof Stopped stopped) {
            return stopped(stopped.stop);
        }
        if (cause instanceof BudgetLimitException e) {
            return stopped(Stop.budget("The run stopped reading Autotask to spare the shared hourly API "
                    + "budget (" + e.getMessage() + "); nothing was changed. Run it again later, or raise the billing "
                    + "share of the API budget in the settings.", e.resumeAfter()));
        }
        if (cause instanceof AutotaskPortUnavailableException e) {
            throw new ServiceUnavailableException(AUTOTASK, "Autotask could not be used, so nothing was billed: "
                    + e.getMessage(), e);
        }
        if (cause instanceof ReadFailedException e) {
            // Only the services read gets here: without them no price is known.
            throw new ServiceUnavailableException(AUTOTASK, "Autotask services could not be read, so nothing was "
                    + "billed: " + e.getMessage(), e);
        }
        if (cause instanceof RuntimeException e) {
            throw e;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException("an Autotask read failed", cause);
    }

    /** A read that first asks whether the run may make its next call, and counts itself in the progress. */
    private <T> Callable<T> guarded(String step, String done, Supplier<T> call) {
        return () -> {
            Optional<Stop> stop = checkpoint();
            if (stop.isPresent()) {
                throw new Stopped(stop.get());
            }
            progress.step(step);
            T answer = call.get();
            progress.advance(done);
            return answer;
        };
    }

    /** One batch of contracts' three reads: the contracts, their services, their unit rows. */
    private record BatchReads(List<Long> batch, Future<List<ContractFacts>> contracts,
                              Future<List<ContractServiceFacts>> services, Future<List<UnitsRow>> units) {

        /**
         * Adds the batch's answers, or, when a read of it failed, marks its contracts unreadable (the
         * others go on). A failure that is not a failed read (a stop, the budget, Autotask unusable)
         * is thrown, whichever of the three reads met it.
         */
        void collect(Map<Long, ContractFacts> all, List<ContractServiceFacts> contractServices, List<UnitsRow> unitRows,
                     Map<Long, String> unreadable) throws ReadsSideBySide.ReadFailure, InterruptedException {
            List<ReadsSideBySide.ReadFailure> failures = new ArrayList<>();
            List<ContractFacts> read = awaitOrNote(contracts, failures);
            List<ContractServiceFacts> readServices = awaitOrNote(services, failures);
            List<UnitsRow> readUnits = awaitOrNote(units, failures);
            for (ReadsSideBySide.ReadFailure failure : failures) {
                if (!(failure.getCause() instanceof ReadFailedException)) {
                    throw failure;
                }
            }
            if (!failures.isEmpty()) {
                String message = failures.get(0).getCause().getMessage();
                String reason = message.endsWith(".") ? message : message + ".";
                batch.forEach(id -> unreadable.put(id, reason));
                return;
            }
            read.forEach(c -> all.put(c.id(), c));
            contractServices.addAll(readServices);
            unitRows.addAll(readUnits);
        }

        private static <T> List<T> awaitOrNote(Future<List<T>> read, List<ReadsSideBySide.ReadFailure> failures)
                throws InterruptedException {
            try {
                return ReadsSideBySide.await(read);
            } catch (ReadsSideBySide.ReadFailure failure) {
                failures.add(failure);
                return List.of();
            }
        }
    }

    /** A read that did not start because the run must stop; carries why. */
    private static final class Stopped extends RuntimeException {

        private final transient Stop stop;

        Stopped(Stop stop) {
            super(stop.toString(), null, false, false);
            this.stop = stop;
        }
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
