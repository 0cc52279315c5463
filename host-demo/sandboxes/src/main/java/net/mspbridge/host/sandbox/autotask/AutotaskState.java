package net.mspbridge.host.sandbox.autotask;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The Autotask sandbox's data, live: rows for queries and the one change it accepts (an adjustment).
 * Thread-safe: reads share a lock, an adjustment takes it alone and is saved (when a persister is set)
 * before the lock is released, so an answered adjustment is never lost.
 */
final class AutotaskState {

    /**
     * A ContractServiceUnits row's id is its contract service's id times this plus the days from the
     * contract's start to the row's start: stable across restarts and splits of other rows, and sorted
     * by contract service then date.
     */
    static final long UNIT_ROW_FACTOR = 100_000;

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Clock clock;
    private final Consumer<AutotaskData> persister;

    private final TreeMap<Long, AtCompany> companies = new TreeMap<>();
    private final TreeMap<Long, AtCurrency> currencies = new TreeMap<>();
    private final TreeMap<Long, AtService> services = new TreeMap<>();
    private final TreeMap<Long, AtContract> contracts = new TreeMap<>();
    private final TreeMap<Long, AtContractService> contractServices = new TreeMap<>();
    private final Map<Long, List<AtContractService>> servicesByContract = new HashMap<>();
    private final Map<Long, TreeMap<LocalDate, Integer>> deltas = new HashMap<>();
    private final List<AtUnitChange> unitChanges = new ArrayList<>();
    private final List<AtAdjustment> adjustments = new ArrayList<>();
    private long nextContractServiceId;
    private long nextAdjustmentId;

    /**
     * @param persister saves a snapshot after every change, or null to keep the data in memory only;
     *                  it throws {@link java.io.UncheckedIOException} when it cannot
     */
    AutotaskState(AutotaskData data, Clock clock, Consumer<AutotaskData> persister) {
        this.clock = clock;
        this.persister = persister;
        data.companies().forEach(c -> companies.put(c.id(), c));
        data.currencies().forEach(c -> currencies.put(c.id(), c));
        data.services().forEach(s -> services.put(s.id(), s));
        for (AtContract c : data.contracts()) {
            if (ChronoUnit.DAYS.between(c.startDate(), c.endDate()) >= UNIT_ROW_FACTOR) {
                throw new IllegalArgumentException("Autotask sandbox data: contract " + c.id() + " is longer than the sandbox supports");
            }
            contracts.put(c.id(), c);
        }
        data.contractServices().forEach(this::addContractService);
        data.unitChanges().forEach(this::addChange);
        adjustments.addAll(data.adjustments());
        nextContractServiceId = data.nextContractServiceId();
        nextAdjustmentId = data.nextAdjustmentId();
    }

    /** Runs {@code work} under the shared lock; rows iterated inside must be consumed inside. */
    <T> T read(Supplier<T> work) {
        lock.readLock().lock();
        try {
            return work.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    AutotaskData snapshot() {
        return read(() -> new AutotaskData(List.copyOf(companies.values()), List.copyOf(services.values()),
                List.copyOf(contracts.values()), List.copyOf(contractServices.values()), unitChanges, adjustments,
                nextContractServiceId, nextAdjustmentId, List.copyOf(currencies.values())));
    }

    /** The rows of an entity with ids above {@code afterId}, ascending, narrowed by the hint when given. Call inside {@link #read}. */
    Iterator<Map<String, Object>> rows(EntityKind kind, Optional<QueryBody.Hint> hint, long afterId) {
        return switch (kind) {
            case COMPANIES -> entities(companies, hint, afterId).map(Rows::company).iterator();
            case CURRENCIES -> entities(currencies, hint, afterId).map(Rows::currency).iterator();
            case SERVICES -> entities(services, hint, afterId).map(Rows::service).iterator();
            case CONTRACTS -> contractCandidates(hint, afterId).map(Rows::contract).iterator();
            case CONTRACT_SERVICES -> contractServiceCandidates(hint, afterId).map(Rows::contractService).iterator();
            case CONTRACT_SERVICE_UNITS -> unitRows(hint, afterId).iterator();
            case CONTRACT_SERVICE_ADJUSTMENTS -> throw new IllegalStateException("adjustments cannot be queried");
        };
    }

    /** One row by id. Call inside {@link #read}. */
    Optional<Map<String, Object>> row(EntityKind kind, long id) {
        Iterator<Map<String, Object>> it = rows(kind, Optional.of(new QueryBody.Hint("id", Set.of(id))), id - 1);
        return it.hasNext() ? Optional.of(it.next()) : Optional.empty();
    }

    private static <T> Stream<T> entities(TreeMap<Long, T> map, Optional<QueryBody.Hint> hint, long afterId) {
        if (hint.isPresent() && hint.get().field().equals("id")) {
            return hint.get().ids().stream().filter(id -> id > afterId).sorted().map(map::get).filter(e -> e != null);
        }
        return map.tailMap(afterId, false).values().stream();
    }

    private Stream<AtContract> contractCandidates(Optional<QueryBody.Hint> hint, long afterId) {
        if (hint.isPresent() && hint.get().field().equals("companyID")) {
            Set<Long> ids = hint.get().ids();
            return contracts.tailMap(afterId, false).values().stream().filter(c -> ids.contains(c.companyID()));
        }
        return entities(contracts, hint.filter(h -> h.field().equals("id")), afterId);
    }

    private Stream<AtContractService> contractServiceCandidates(Optional<QueryBody.Hint> hint, long afterId) {
        if (hint.isPresent() && hint.get().field().equals("contractID")) {
            return hint.get().ids().stream()
                    .flatMap(id -> servicesByContract.getOrDefault(id, List.of()).stream())
                    .filter(cs -> cs.id() > afterId)
                    .sorted(Comparator.comparingLong(AtContractService::id));
        }
        if (hint.isPresent() && hint.get().field().equals("contractServiceID")) {
            return entities(contractServices, Optional.of(new QueryBody.Hint("id", hint.get().ids())), afterId);
        }
        return entities(contractServices, hint.filter(h -> h.field().equals("id")), afterId);
    }

    private Stream<Map<String, Object>> unitRows(Optional<QueryBody.Hint> hint, long afterId) {
        Optional<QueryBody.Hint> csHint = hint.map(h -> h.field().equals("id")
                ? new QueryBody.Hint("contractServiceID", Set.copyOf(h.ids().stream().map(id -> id / UNIT_ROW_FACTOR).toList()))
                : h);
        long afterCs = afterId / UNIT_ROW_FACTOR - 1;
        // Materialised first: after a sorted() stage a stream pushes everything downstream at once, which
        // would build every row of every candidate for each page instead of one contract service at a time.
        List<AtContractService> candidates = contractServiceCandidates(csHint, afterCs).toList();
        return candidates.stream()
                .flatMap(cs -> unitRowsOf(cs).stream())
                .filter(row -> (Long) row.get("id") > afterId);
    }

    /** The ContractServiceUnits rows of one contract service: monthly periods split at its changes. */
    private List<Map<String, Object>> unitRowsOf(AtContractService cs) {
        AtContract contract = contracts.get(cs.contractID());
        AtService service = services.get(cs.serviceID());
        Long vendor = service == null ? null : service.vendorCompanyID();
        NavigableMap<LocalDate, Integer> changes = deltas.getOrDefault(cs.id(), new TreeMap<>());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int month = 0; ; month++) {
            LocalDate periodStart = contract.startDate().plusMonths(month);
            if (periodStart.isAfter(contract.endDate())) {
                break;
            }
            LocalDate periodEnd = min(contract.startDate().plusMonths(month + 1L).minusDays(1), contract.endDate());
            LocalDate rowStart = periodStart;
            for (LocalDate split : changes.subMap(periodStart, false, periodEnd, true).keySet()) {
                rows.add(unitRow(cs, contract, rowStart, split.minusDays(1), vendor));
                rowStart = split;
            }
            rows.add(unitRow(cs, contract, rowStart, periodEnd, vendor));
        }
        return rows;
    }

    private Map<String, Object> unitRow(AtContractService cs, AtContract contract, LocalDate start, LocalDate end, Long vendor) {
        long id = cs.id() * UNIT_ROW_FACTOR + ChronoUnit.DAYS.between(contract.startDate(), start);
        return Rows.unitRow(id, cs, start, end, unitsOn(cs.id(), start), vendor);
    }

    private int unitsOn(long contractServiceId, LocalDate date) {
        TreeMap<LocalDate, Integer> changes = deltas.get(contractServiceId);
        if (changes == null) {
            return 0;
        }
        int units = 0;
        for (int change : changes.headMap(date, true).values()) {
            units += change;
        }
        return units;
    }

    /**
     * Applies an adjustment by Autotask's rules, saves, and returns it.
     *
     * @throws AutotaskErrorAnswer (500) with Autotask-style messages when the adjustment is refused, or when the
     *                  sandbox cannot save (nothing is changed then)
     */
    AtAdjustment apply(AdjustmentBody request) {
        lock.writeLock().lock();
        try {
            AtContract contract = contracts.get(request.contractID());
            if (contract == null) {
                throw AutotaskErrorAnswer.invalid("Unable to find the Contract with id " + request.contractID() + ".");
            }
            if (contract.contractType() != PicklistValues.CONTRACT_TYPE_RECURRING_SERVICE) {
                throw AutotaskErrorAnswer.invalid("Contract " + contract.id() + " is not a Recurring Service contract: service adjustments "
                        + "can only be made to Recurring Service contracts.");
            }
            if (contract.status() != PicklistValues.STATUS_ACTIVE) {
                throw AutotaskErrorAnswer.invalid("Contract " + contract.id() + " is inactive: service adjustments cannot be made to an inactive contract.");
            }
            if (!contract.covers(request.effectiveDate())) {
                throw AutotaskErrorAnswer.invalid("The effectiveDate " + request.effectiveDate() + " is outside the dates of contract "
                        + contract.id() + " (" + contract.startDate() + " to " + contract.endDate() + ").");
            }
            AtContractService existing = findContractService(contract, request);
            AtContractService target = existing;
            if (target == null) {
                AtService service = services.get(request.serviceID());
                if (!service.isActive()) {
                    throw AutotaskErrorAnswer.invalid("Service " + service.id() + " (" + service.name() + ") is inactive and cannot be added to a contract.");
                }
                target = new AtContractService(nextContractServiceId, contract.id(), service.id(),
                        request.adjustedUnitPrice() != null ? request.adjustedUnitPrice() : service.unitPrice(),
                        request.adjustedUnitCost() != null ? request.adjustedUnitCost() : service.unitCost(),
                        service.invoiceDescription());
            }
            checkUnitsStayPositive(target, request);

            AtAdjustment adjustment = new AtAdjustment(nextAdjustmentId, contract.id(), target.serviceID(), target.id(),
                    request.effectiveDate(), request.unitChange(), request.adjustedUnitPrice(), request.adjustedUnitCost(),
                    clock.instant());
            AtUnitChange change = new AtUnitChange(target.id(), request.effectiveDate(), request.unitChange(), adjustment.id());
            if (existing == null) {
                addContractService(target);
                nextContractServiceId++;
            }
            addChange(change);
            adjustments.add(adjustment);
            nextAdjustmentId++;
            try {
                if (persister != null) {
                    persister.accept(snapshotLocked());
                }
            } catch (RuntimeException e) {
                undo(existing == null ? target : null, change, adjustment);
                throw AutotaskErrorAnswer.errors(500, "The sandbox could not save the adjustment; nothing was changed (" + e.getMessage() + ").");
            }
            return adjustment;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private AtContractService findContractService(AtContract contract, AdjustmentBody request) {
        List<AtContractService> onContract = servicesByContract.getOrDefault(contract.id(), List.of());
        if (request.contractServiceID() != null) {
            AtContractService cs = contractServices.get(request.contractServiceID());
            if (cs == null || cs.contractID() != contract.id()) {
                throw AutotaskErrorAnswer.invalid("Unable to find the ContractService with id " + request.contractServiceID()
                        + " on contract " + contract.id() + ".");
            }
            if (request.serviceID() != null && cs.serviceID() != request.serviceID()) {
                throw AutotaskErrorAnswer.invalid("ContractService " + cs.id() + " is for service " + cs.serviceID()
                        + ", not for service " + request.serviceID() + ".");
            }
            return cs;
        }
        if (!services.containsKey(request.serviceID())) {
            throw AutotaskErrorAnswer.invalid("Unable to find the Service with id " + request.serviceID() + ".");
        }
        return onContract.stream().filter(cs -> cs.serviceID() == request.serviceID()).findFirst().orElse(null);
    }

    private void checkUnitsStayPositive(AtContractService cs, AdjustmentBody request) {
        List<LocalDate> points = new ArrayList<>();
        points.add(request.effectiveDate());
        TreeMap<LocalDate, Integer> changes = deltas.get(cs.id());
        if (changes != null) {
            points.addAll(changes.tailMap(request.effectiveDate(), false).keySet());
        }
        for (LocalDate point : points) {
            int after = unitsOn(cs.id(), point) + request.unitChange();
            if (after < 0) {
                throw AutotaskErrorAnswer.invalid("The unitChange " + request.unitChange() + " would bring the units of contract service "
                        + cs.id() + " below zero (" + after + " on " + point + ").");
            }
        }
    }

    private void addContractService(AtContractService cs) {
        contractServices.put(cs.id(), cs);
        servicesByContract.computeIfAbsent(cs.contractID(), k -> new ArrayList<>()).add(cs);
    }

    private void addChange(AtUnitChange change) {
        unitChanges.add(change);
        deltas.computeIfAbsent(change.contractServiceID(), k -> new TreeMap<>()).merge(change.effectiveDate(), change.change(), AutotaskState::sumOrRemove);
    }

    private void undo(AtContractService created, AtUnitChange change, AtAdjustment adjustment) {
        adjustments.remove(adjustment);
        nextAdjustmentId--;
        unitChanges.remove(change);
        deltas.get(change.contractServiceID()).merge(change.effectiveDate(), -change.change(), AutotaskState::sumOrRemove);
        if (created != null) {
            contractServices.remove(created.id());
            servicesByContract.get(created.contractID()).remove(created);
            deltas.remove(created.id());
            nextContractServiceId--;
        }
    }

    private AutotaskData snapshotLocked() {
        return new AutotaskData(List.copyOf(companies.values()), List.copyOf(services.values()),
                List.copyOf(contracts.values()), List.copyOf(contractServices.values()), unitChanges, adjustments,
                nextContractServiceId, nextAdjustmentId, List.copyOf(currencies.values()));
    }

    /** Changes on one date are summed; a date whose changes cancel out splits no row. */
    private static Integer sumOrRemove(Integer a, Integer b) {
        int sum = a + b;
        return sum == 0 ? null : sum;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
