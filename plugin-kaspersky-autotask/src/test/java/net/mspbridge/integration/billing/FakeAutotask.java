package net.mspbridge.integration.billing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.concurrent.CountDownLatch;

/**
 * An in-memory Autotask for billing tests, with the real semantics of what billing relies on:
 * contract service units as dated changes, an adjustment applying from its effective date onward,
 * unit rows split at every month start and every change date, creates refused on contracts that
 * cannot take them, and pages of 500. It counts every request (one per page, one per create) and
 * the creates in flight at once. Faults are injected per create and per read. Thread-safe.
 */
final class FakeAutotask implements AutotaskPort {

    /** What happens to one create. */
    enum Fault {
        NONE,
        /** Autotask answers with an error; nothing made. */
        REFUSE,
        /** The request is lost before Autotask acts; the caller sees a lost answer. */
        LOST_BEFORE,
        /** Autotask makes it, then the answer is lost. */
        LOST_AFTER,
        /** Autotask refuses it with HTTP 500 and a validation message; nothing made. */
        SERVER_ERROR_REFUSE,
        /** Autotask makes it, then answers HTTP 500 with its "unexpected error" message. */
        SERVER_ERROR_AFTER,
        /** The budget share is used up; nothing sent. */
        BUDGET,
        /** Autotask unreachable; nothing sent. */
        UNAVAILABLE
    }

    private static final int PAGE = 500;
    static final long USD = 1;
    /** Autotask's wording for its own fault (github.com/KelvinTegelaar/AutotaskAPI/issues/25). */
    static final String UNEXPECTED_ERROR = "An unexpected error has occurred. If the problem persists, please contact "
            + "Autotask Support and reference Error Id 0c9d7e52-3b1f-4a8e-b6d2-58a1f40e9c13.";

    private final CountDownLatch firstRead = new CountDownLatch(1);

    private final Map<Long, ContractFacts> contracts = new TreeMap<>();
    private final Map<Long, ServiceFacts> services = new TreeMap<>();
    private final Map<Long, String> companies = new TreeMap<>();
    /** Each company's currency id; every company is in US dollars (currency 1) unless a test says otherwise. */
    private final Map<Long, Optional<Long>> companyCurrencies = new TreeMap<>();
    private final Map<Long, String> currencies = new TreeMap<>(Map.of(USD, "USD"));
    /** Presence means the service is on the contract; the value is its contract unit price, if any. */
    private final Map<PairKey, Optional<BigDecimal>> contractServices = new TreeMap<>();
    private final Map<PairKey, TreeMap<LocalDate, Integer>> changes = new TreeMap<>();
    private final List<AdjustmentRequest> made = new ArrayList<>();

    private final AtomicInteger requests = new AtomicInteger();
    private final Map<String, Integer> invocations = new TreeMap<>();
    private final AtomicInteger createCalls = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger readsInFlight = new AtomicInteger();
    private final AtomicInteger maxReadsInFlight = new AtomicInteger();
    private volatile Runnable readHold = () -> { };
    private int largestBatch;
    private long nextId = 9000;

    private volatile Function<AdjustmentRequest, Fault> createFaults = r -> Fault.NONE;
    private volatile Predicate<Collection<Long>> unitReadFails = ids -> false;
    private volatile Predicate<Collection<Long>> contractReadFails = ids -> false;
    private volatile boolean unavailable;
    private volatile boolean currencyReadFails;
    private volatile int budgetRequests = Integer.MAX_VALUE;
    private volatile java.util.Optional<java.time.Instant> budgetFreeAt = java.util.Optional.empty();
    private volatile Consumer<AdjustmentRequest> onCreate = r -> { };
    private volatile Runnable onRead = () -> { };

    // ---- set-up -------------------------------------------------------------------------------

    synchronized FakeAutotask contract(long id, long companyId, LocalDate start, LocalDate end) {
        contracts.put(id, new ContractFacts(id, companyId, "Contract " + id, true, true, start, end));
        companies.putIfAbsent(companyId, "Company " + companyId);
        return this;
    }

    synchronized FakeAutotask contract(ContractFacts facts) {
        contracts.put(facts.id(), facts);
        companies.putIfAbsent(facts.companyId(), "Company " + facts.companyId());
        return this;
    }

    /** Bills the company in this currency (a {@code Currencies} row with this code). */
    synchronized FakeAutotask currency(long companyId, long currencyId, String code) {
        companies.putIfAbsent(companyId, "Company " + companyId);
        companyCurrencies.put(companyId, Optional.of(currencyId));
        currencies.put(currencyId, code);
        return this;
    }

    /** Every Currencies read fails with a server error. */
    synchronized FakeAutotask failCurrencyReads() {
        currencyReadFails = true;
        return this;
    }

    /** The company has no currency in Autotask. */
    synchronized FakeAutotask noCurrency(long companyId) {
        companies.putIfAbsent(companyId, "Company " + companyId);
        companyCurrencies.put(companyId, Optional.empty());
        return this;
    }

    synchronized FakeAutotask service(long id, String price) {
        services.put(id, new ServiceFacts(id, "Service " + id, Optional.of(new BigDecimal(price))));
        return this;
    }

    /** A service whose price is charged for this period (Autotask's {@code periodType}). */
    synchronized FakeAutotask service(long id, String price, net.mspbridge.api.billing.BillingPeriod period) {
        services.put(id, new ServiceFacts(id, "Service " + id, Optional.of(new BigDecimal(price)), period));
        return this;
    }

    /** Puts the service on the contract with units from the contract's start. */
    synchronized FakeAutotask units(long contractId, long serviceId, int units) {
        PairKey pair = new PairKey(contractId, serviceId);
        contractServices.putIfAbsent(pair, Optional.empty());
        changes.computeIfAbsent(pair, p -> new TreeMap<>()).merge(contracts.get(contractId).startDate(), units, Integer::sum);
        return this;
    }

    /** A change made in Autotask by someone else: {@code delta} units from the date on. */
    synchronized FakeAutotask change(long contractId, long serviceId, LocalDate date, int delta) {
        PairKey pair = new PairKey(contractId, serviceId);
        contractServices.putIfAbsent(pair, Optional.empty());
        changes.computeIfAbsent(pair, p -> new TreeMap<>()).merge(date, delta, Integer::sum);
        return this;
    }

    synchronized FakeAutotask serviceWithoutPrice(long id) {
        services.put(id, new ServiceFacts(id, "Service " + id, Optional.empty()));
        return this;
    }

    synchronized FakeAutotask removeService(long id) {
        services.remove(id);
        return this;
    }

    synchronized FakeAutotask contractPrice(long contractId, long serviceId, String price) {
        contractServices.put(new PairKey(contractId, serviceId), Optional.of(new BigDecimal(price)));
        return this;
    }

    /** Counted down by the first read of a run (or of any run): for tests of what happens meanwhile. */
    CountDownLatch firstRead() {
        return firstRead;
    }

    // ---- faults -------------------------------------------------------------------------------

    FakeAutotask createFaults(Function<AdjustmentRequest, Fault> faults) {
        this.createFaults = faults;
        return this;
    }

    FakeAutotask unitReadFails(Predicate<Collection<Long>> fails) {
        this.unitReadFails = fails;
        return this;
    }

    FakeAutotask contractReadFails(Predicate<Collection<Long>> fails) {
        this.contractReadFails = fails;
        return this;
    }

    FakeAutotask unavailable(boolean unavailable) {
        this.unavailable = unavailable;
        return this;
    }

    /** As {@link #budgetAfter(int)}, the port saying the share is free again at {@code freeAt}, as the real one does. */
    FakeAutotask budgetAfter(int requests, java.time.Instant freeAt) {
        this.budgetFreeAt = java.util.Optional.of(freeAt);
        return budgetAfter(requests);
    }

    private BudgetLimitException budgetLimit() {
        return new BudgetLimitException("4990 of the 5000 requests this hour are used", 4990, 5000, budgetFreeAt);
    }

    /** From the given total of requests on, every call throws {@link BudgetLimitException}. */
    FakeAutotask budgetAfter(int requests) {
        this.budgetRequests = requests;
        return this;
    }

    /** Runs on the calling thread at the start of every read, before any fault. */
    FakeAutotask onRead(Runnable hook) {
        this.onRead = hook;
        return this;
    }

    /** Runs on the calling thread at the start of every create, before any fault. */
    FakeAutotask onCreate(Consumer<AdjustmentRequest> hook) {
        this.onCreate = hook;
        return this;
    }

    FakeAutotask healthy() {
        createFaults = r -> Fault.NONE;
        unitReadFails = ids -> false;
        contractReadFails = ids -> false;
        unavailable = false;
        budgetRequests = Integer.MAX_VALUE;
        onCreate = r -> { };
        onRead = () -> { };
        return this;
    }

    // ---- what happened ------------------------------------------------------------------------

    synchronized int unitsOn(long contractId, long serviceId, LocalDate date) {
        TreeMap<LocalDate, Integer> dated = changes.get(new PairKey(contractId, serviceId));
        return dated == null ? 0 : dated.headMap(date, true).values().stream().mapToInt(Integer::intValue).sum();
    }

    synchronized List<AdjustmentRequest> adjustments() {
        return List.copyOf(made);
    }

    /** Every request made: one per page of a read, one per create sent. */
    int requests() {
        return requests.get();
    }

    int createCalls() {
        return createCalls.get();
    }

    synchronized int invocations(String method) {
        return invocations.getOrDefault(method, 0);
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    synchronized int largestBatch() {
        return largestBatch;
    }

    /** The rows a units read of every contract from the date would return. */
    synchronized int unitRowCount(LocalDate from) {
        return rows(contracts.keySet(), from).size();
    }

    void resetCounts() {
        requests.set(0);
        createCalls.set(0);
        maxInFlight.set(0);
        maxReadsInFlight.set(0);
        synchronized (this) {
            invocations.clear();
            largestBatch = 0;
        }
    }

    /**
     * Holds each read (before it touches any state, so reads may overlap) until {@code together}
     * reads have arrived, waiting at most {@code atMost}: reads made one after another each wait
     * in vain, reads made side by side go on at once.
     */
    FakeAutotask holdReadsUntil(int together, Duration atMost) {
        CountDownLatch arrived = new CountDownLatch(together);
        readHold = () -> {
            arrived.countDown();
            try {
                arrived.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        return this;
    }

    /** The most reads that were under way at once. */
    int maxReadsInFlight() {
        return maxReadsInFlight.get();
    }

    // ---- the port -----------------------------------------------------------------------------

    /** One read: counted in flight and held (see {@link #holdReadsUntil}) outside the lock, then made under it. */
    private <T> T reading(Supplier<T> read) {
        maxReadsInFlight.accumulateAndGet(readsInFlight.incrementAndGet(), Math::max);
        try {
            readHold.run();
            synchronized (this) {
                return read.get();
            }
        } finally {
            readsInFlight.decrementAndGet();
        }
    }

    @Override
    public List<ContractFacts> contracts(Collection<Long> contractIds) {
        return reading(() -> {
            List<ContractFacts> found = contractIds.stream().filter(contracts::containsKey).map(contracts::get).toList();
            read("contracts", contractIds, found.size());
            if (contractReadFails.test(contractIds)) {
                throw new ReadFailedException("Contracts", "Autotask answered 500 to the Contracts query.");
            }
            return found;
        });
    }

    @Override
    public List<ContractServiceFacts> contractServices(Collection<Long> contractIds) {
        return reading(() -> {
            List<ContractServiceFacts> found = contractServices.entrySet().stream()
                    .filter(e -> contractIds.contains(e.getKey().contractId()))
                    .map(e -> new ContractServiceFacts(e.getKey().contractId(), e.getKey().serviceId(), e.getValue()))
                    .toList();
            read("contractServices", contractIds, found.size());
            return found;
        });
    }

    @Override
    public List<UnitsRow> serviceUnits(Collection<Long> contractIds, LocalDate from) {
        return reading(() -> {
            List<UnitsRow> rows = rows(contractIds, from);
            read("serviceUnits", contractIds, rows.size());
            if (unitReadFails.test(contractIds)) {
                throw new ReadFailedException("ContractServiceUnits", "Autotask answered 500 to the ContractServiceUnits query.");
            }
            return rows;
        });
    }

    @Override
    public List<ServiceFacts> services(Collection<Long> serviceIds) {
        return reading(() -> {
            List<ServiceFacts> found = serviceIds.stream().filter(services::containsKey).map(services::get).toList();
            read("services", serviceIds, found.size());
            return found;
        });
    }

    @Override
    public List<CompanyFacts> companies(Collection<Long> companyIds) {
        return reading(() -> {
            List<CompanyFacts> found = companyIds.stream().filter(companies::containsKey)
                    .map(id -> new CompanyFacts(id, companies.get(id), companyCurrencies.getOrDefault(id, Optional.of(USD))))
                    .toList();
            read("companies", companyIds, found.size());
            return found;
        });
    }

    @Override
    public Map<Long, String> currencyCodes(Collection<Long> currencyIds) {
        return reading(() -> {
            Map<Long, String> found = new TreeMap<>();
            currencyIds.stream().filter(currencies::containsKey).forEach(id -> found.put(id, currencies.get(id)));
            read("currencies", currencyIds, found.size());
            if (currencyReadFails) {
                throw new ReadFailedException("Currencies", "Autotask answered 500 to the Currencies query.");
            }
            return found;
        });
    }

    @Override
    public long createAdjustment(AdjustmentRequest request) {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            onCreate.accept(request);
            if (unavailable) {
                throw new AutotaskPortUnavailableException("Autotask refused the connection.");
            }
            if (requests.get() >= budgetRequests) {
                throw budgetLimit();
            }
            Fault fault = createFaults.apply(request);
            switch (fault) {
                case BUDGET -> throw budgetLimit();
                case UNAVAILABLE -> throw new AutotaskPortUnavailableException("Autotask refused the connection.");
                default -> { }
            }
            requests.incrementAndGet();
            createCalls.incrementAndGet();
            switch (fault) {
                case REFUSE -> throw new AdjustmentRefusedException(request, List.of("The contract is locked for invoicing."));
                case LOST_BEFORE -> throw new OutcomeUnknownException(request, "The connection was reset before Autotask answered.");
                case SERVER_ERROR_REFUSE -> throw new ServerErrorOnCreateException(request, 500,
                        List.of("The contract is locked for invoicing."), null);
                default -> { }
            }
            long id = make(request);
            if (fault == Fault.LOST_AFTER) {
                throw new OutcomeUnknownException(request, "Autotask did not answer within 30 seconds.");
            }
            if (fault == Fault.SERVER_ERROR_AFTER) {
                throw new ServerErrorOnCreateException(request, 500, List.of(UNEXPECTED_ERROR), null);
            }
            return id;
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** Applies an adjustment as Autotask does, or refuses it as Autotask would. */
    private synchronized long make(AdjustmentRequest request) {
        ContractFacts contract = contracts.get(request.contractId());
        if (contract == null) {
            throw new AdjustmentRefusedException(request, List.of("Contract " + request.contractId() + " does not exist."));
        }
        if (!contract.active() || !contract.recurringService() || !contract.covers(request.effectiveDate())) {
            throw new AdjustmentRefusedException(request, List.of("The effective date must fall within an active "
                    + "Recurring Service contract's period."));
        }
        if (!services.containsKey(request.serviceId())) {
            throw new AdjustmentRefusedException(request, List.of("Service " + request.serviceId() + " does not exist."));
        }
        PairKey pair = new PairKey(request.contractId(), request.serviceId());
        TreeMap<LocalDate, Integer> dated = changes.computeIfAbsent(pair, p -> new TreeMap<>());
        TreeMap<LocalDate, Integer> next = new TreeMap<>(dated);
        next.merge(request.effectiveDate(), request.unitChange(), Integer::sum);
        int running = 0;
        for (int change : next.values()) {
            running += change;
            if (running < 0) {
                throw new AdjustmentRefusedException(request, List.of("Units cannot be less than zero."));
            }
        }
        contractServices.putIfAbsent(pair, Optional.of(request.unitPrice()));
        changes.put(pair, next);
        made.add(request);
        return nextId++;
    }

    private void read(String method, Collection<Long> ids, int items) {
        firstRead.countDown();
        onRead.run();
        if (ids.size() > PAGE) {
            throw new IllegalArgumentException(method + " was given " + ids.size() + " ids; the port takes at most 500");
        }
        invocations.merge(method, 1, Integer::sum);
        largestBatch = Math.max(largestBatch, ids.size());
        if (unavailable) {
            throw new AutotaskPortUnavailableException("Autotask refused the connection.");
        }
        if (requests.get() >= budgetRequests) {
            throw budgetLimit();
        }
        if (ids.isEmpty()) {
            return;
        }
        requests.addAndGet(Math.max(1, (items + PAGE - 1) / PAGE));
    }

    /** The unit rows of the contracts from the date: split at month starts and change dates. */
    private List<UnitsRow> rows(Collection<Long> contractIds, LocalDate from) {
        List<UnitsRow> rows = new ArrayList<>();
        for (Map.Entry<PairKey, Optional<BigDecimal>> entry : contractServices.entrySet()) {
            PairKey pair = entry.getKey();
            ContractFacts contract = contracts.get(pair.contractId());
            if (!contractIds.contains(pair.contractId()) || contract == null) {
                continue;
            }
            TreeMap<LocalDate, Integer> dated = changes.getOrDefault(pair, new TreeMap<>());
            TreeSet<LocalDate> starts = new TreeSet<>();
            for (LocalDate d = contract.startDate().withDayOfMonth(1); !d.isAfter(contract.endDate()); d = d.plusMonths(1)) {
                starts.add(d.isBefore(contract.startDate()) ? contract.startDate() : d);
            }
            dated.keySet().stream().filter(contract::covers).forEach(starts::add);
            List<LocalDate> ordered = new ArrayList<>(starts);
            for (int i = 0; i < ordered.size(); i++) {
                LocalDate start = ordered.get(i);
                LocalDate end = i + 1 < ordered.size() ? ordered.get(i + 1).minusDays(1) : contract.endDate();
                if (end.isBefore(from)) {
                    continue;
                }
                int units = dated.headMap(start, true).values().stream().mapToInt(Integer::intValue).sum();
                rows.add(new UnitsRow(pair.contractId(), pair.serviceId(), start, end, units));
            }
        }
        return rows;
    }
}
