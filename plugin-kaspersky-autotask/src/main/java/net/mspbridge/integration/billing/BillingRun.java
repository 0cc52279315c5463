package net.mspbridge.integration.billing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.mspbridge.api.HostContext;
import net.mspbridge.api.StoreException;
import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.BillingRunRequest;
import net.mspbridge.api.billing.LineOutcome;
import net.mspbridge.api.billing.Problem;
import net.mspbridge.api.billing.ProblemKind;
import net.mspbridge.api.billing.RunMode;
import net.mspbridge.api.billing.RunMonitor;
import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.kaspersky.CustomerUsage;
import net.mspbridge.integration.kaspersky.KasperskyCustomer;
import net.mspbridge.integration.kaspersky.UsageReadStoppedException;
import net.mspbridge.integration.kaspersky.UsageReading;
import net.mspbridge.integration.kaspersky.UsageSource;
import net.mspbridge.integration.mapping.CompanyMapping;

/**
 * One billing run, start to end, on the thread that called it: read usage and, beside it, Autotask;
 * plan; and in apply mode record what is seen and what is about to be created, create, settle lost
 * answers and drop from the record what is no longer billed.
 * The caller holds the run's lease; see {@link BillingRuns} for the contract.
 */
final class BillingRun {

    private static final Logger log = LoggerFactory.getLogger(BillingRun.class);

    private final ApplicationCatalog catalog;
    private final BillingConnections connections;
    private final BillingRunRequest request;
    private final HostContext context;
    private final RunMonitor monitor;
    private final RunSettings settings;
    private final RunLease lease;
    private final Duration createWait;
    private final LocalDate date;
    private final Progress progress;

    BillingRun(ApplicationCatalog catalog, BillingConnections connections, BillingRunRequest request, HostContext context,
               RunMonitor monitor, RunSettings settings, RunLease lease, Duration createWait) {
        this.catalog = catalog;
        this.connections = connections;
        this.request = request;
        this.context = context;
        this.monitor = monitor;
        this.settings = settings;
        this.lease = lease;
        this.createWait = createWait;
        this.date = request.effectiveDate();
        this.progress = new Progress(monitor);
    }

    BillingReport execute() {
        BillingReport report = compute();
        progress.finish(report.statusMessage());
        return report;
    }

    private BillingReport compute() {
        progress.expect(2);
        if (monitor.isCancelled()) {
            return ReportAssembler.stoppedEarly(request, List.of(),
                    new Stop(Stop.Kind.CANCELLED, "The run was cancelled before it started; nothing was changed."));
        }
        UsageSource source = connections.usageSource(context);
        // The customers first, on this thread: an unreachable Kaspersky server ends the run here,
        // before any Autotask call spends the shared hourly budget.
        Map<String, KasperskyCustomer> customers = customersToRead(source);
        BilledPairs billed = BilledPairs.read(context.store(), settings.solution());
        AutotaskPort port = connections.autotask(context, settings.budgetSharePercent());
        // Their usage does not depend on Autotask, nor Autotask's contracts on it: read side by side.
        UsageSoFar soFar = new UsageSoFar(monitor::isCancelled);
        SideRead<Optional<UsageReading>> usage = SideRead.start("billing-usage-" + request.runId(),
                () -> readUsage(source, customers, soFar));
        try {
            return compute(port, usage, soFar, billed);
        } finally {
            usage.settle();
            release(port);
        }
    }

    /**
     * Closes the port when it holds resources of its own (a connection pool, threads): the port
     * serves one run, whose creates have all been settled or abandoned by now.
     */
    private static void release(AutotaskPort port) {
        if (port instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                log.warn("Could not release the Autotask connection of a billing run: {}", e.toString());
            }
        }
    }

    private BillingReport compute(AutotaskPort port, SideRead<Optional<UsageReading>> usageRead, UsageSoFar soFar,
            BilledPairs billed) {
        SortedSet<PairKey> billedBefore = billed.pairs();
        // The chosen solution's applications only: services the other solution's rows name are not
        // this run's to plan, even though those rows stay stored for when it is chosen again.
        ApplicationCatalog applications = new ApplicationCatalog(catalog.forSolution(settings.solution()));
        List<Long> mappedCompanies = settings.companies().billable().stream().map(CompanyMapping::companyId).toList();
        AutotaskReader.Result read = new AutotaskReader(port, monitor, progress, lease).read(
                Reconciler.contractsToRead(settings.companies(), billedBefore),
                Reconciler.servicesToRead(applications, settings.services(), billedBefore), mappedCompanies, date);
        if (read.stop().isPresent()) {
            Stop stop = read.stop().get();
            return ReportAssembler.stoppedEarly(request, stopProblem(stop, 0).map(List::of).orElse(List.of()), stop);
        }
        Function<UsageReading, Plan> planner = usage -> Reconciler.reconcile(new ReconciliationInput(date, applications,
                settings.services(), settings.companies(), byCustomer(usage), usage.failures(), read.snapshot(),
                billedBefore, settings.zeroStaleUnits()));
        // Apply bills each contract as soon as its customers' usage is in, while the rest is read.
        EarlyCreates.Result early = request.mode() == RunMode.APPLY
                ? new EarlyCreates(customersByContract(), planner,
                        (recorded, creates, changedBefore) -> recordThenCreate(port, billed, recorded, creates, changedBefore),
                        monitor).run(usageRead, soFar)
                : EarlyCreates.Result.none();
        Optional<UsageReading> reading;
        try {
            reading = usageRead.result();
        } catch (RuntimeException e) {
            if (!early.sentAny()) {
                throw e;
            }
            return partial(port, early, read.problems(), new Stop(Stop.Kind.USAGE_UNAVAILABLE, "Kaspersky usage could not "
                    + "be read to the end (" + e.getMessage() + "). The customers read before were billed; the others "
                    + "are left for the next run."));
        }
        if (reading.isEmpty()) {
            if (!early.sentAny()) {
                return ReportAssembler.stoppedEarly(request, List.of(), new Stop(Stop.Kind.CANCELLED,
                        "The run was cancelled while it read usage; nothing was changed."));
            }
            return partial(port, early, read.problems(), new Stop(Stop.Kind.CANCELLED, "The run was cancelled while it "
                    + "read usage: the customers read by then were billed, the others are left for the next run."));
        }
        Plan plan = planner.apply(reading.get());
        List<Problem> problems = new ArrayList<>(plan.problems());
        problems.addAll(read.problems());
        if (request.mode() == RunMode.PREVIEW) {
            return ReportAssembler.assemble(request, plan.lines(), Map.of(), problems, Optional.empty());
        }
        return apply(port, plan, billed, problems, early);
    }

    private static Map<String, CustomerUsage> byCustomer(UsageReading usage) {
        Map<String, CustomerUsage> byId = new HashMap<>();
        usage.usage().forEach(u -> byId.put(u.customer().id(), u));
        return byId;
    }

    /** Each contract of a customer with billing on, with every customer mapped to it with billing on. */
    private Map<Long, Set<String>> customersByContract() {
        Map<Long, Set<String>> byContract = new HashMap<>();
        for (CompanyMapping mapping : settings.companies().billable()) {
            mapping.contractId().ifPresent(id -> byContract.computeIfAbsent(id, k -> new TreeSet<>()).add(mapping.customerId()));
        }
        return byContract;
    }

    /**
     * Records the pairs, then makes the creates, three at a time. Recorded before any create: a run
     * that cannot record must not write to Autotask, so then nothing is sent and every create comes
     * back not sent, with a {@link Stop.Kind#STORE} stop. The pairs about to be created are recorded
     * too: a create whose answer is lost may have been made, and should its mapping move before a
     * run sees the units, they must still be found stale. A pair never made is at zero and is
     * forgotten once no mapping targets it.
     *
     * @param changedBefore whether this run already made changes (for the stop's message)
     */
    private AdjustmentApplier.Result recordThenCreate(AutotaskPort port, BilledPairs billed, List<PairKey> recorded,
            List<PlannedLine> creates, boolean changedBefore) {
        try {
            billed.update(context.store(), recorded, List.of());
        } catch (StoreException e) {
            Stop stop = new Stop(Stop.Kind.STORE, "The plugin could not write its record of billed services ("
                    + e.getMessage() + "), so the run made no " + (changedBefore ? "more changes" : "change")
                    + ". Check the host's storage and run billing again.");
            Map<PairKey, AdjustmentApplier.Attempt> notSent = new HashMap<>();
            creates.forEach(line -> notSent.put(line.pair(), new AdjustmentApplier.Attempt(line,
                    AdjustmentApplier.Kind.NOT_SENT, 0, stop.lineMessage(), Optional.empty())));
            return new AdjustmentApplier.Result(notSent, Optional.of(stop));
        }
        return new AdjustmentApplier(port, monitor, progress, lease, createWait, date).apply(creates);
    }

    /**
     * The customers the source knows whose billing is on, and those no Companies row maps (their usage
     * is billed nowhere: the report must say so). Customers mapped with billing off are not read.
     */
    private Map<String, KasperskyCustomer> customersToRead(UsageSource source) {
        progress.step("Reading usage");
        Set<String> billable = new TreeSet<>();
        settings.companies().billable().forEach(m -> billable.add(m.customerId()));
        Map<String, KasperskyCustomer> known = new LinkedHashMap<>();
        for (KasperskyCustomer customer : source.customers()) {
            if (billable.contains(customer.id()) || settings.companies().of(customer.id()).isEmpty()) {
                known.put(customer.id(), customer);
            }
        }
        progress.advance("Read the customers");
        return known;
    }

    /**
     * The usage of those customers, on a thread beside the run's, each customer told to {@code soFar}
     * as soon as it is in; a customer whose usage cannot be read is reported (its contract left alone)
     * while the others are billed. Empty when the run was cancelled meanwhile: the source starts no
     * further customer once it is, which keeps a cancellation prompt while a large Security Center is read.
     */
    private Optional<UsageReading> readUsage(UsageSource source, Map<String, KasperskyCustomer> known, UsageSoFar soFar) {
        UsageReading reading;
        try {
            reading = known.isEmpty() ? new UsageReading(List.of(), Map.of()) : source.read(known.values(), soFar);
        } catch (UsageReadStoppedException e) {
            log.info("Billing run {}: {}", request.runId(), e.getMessage());
            return Optional.empty();
        }
        List<CustomerUsage> usage = reading.usage().stream()
                .filter(u -> known.containsKey(u.customer().id())).toList();
        progress.advance("Read usage");
        return Optional.of(new UsageReading(usage, reading.failures()));
    }

    /**
     * Makes the plan's creates that no early wave made, settles lost answers and drops from the record
     * what is no longer billed. A wave's creates are the plan's own lines (same inputs); should one
     * differ, it is logged as the defect it is and not made again.
     */
    private BillingReport apply(AutotaskPort port, Plan plan, BilledPairs billed, List<Problem> problems,
            EarlyCreates.Result early) {
        Map<PairKey, AdjustmentApplier.Attempt> attempts = new HashMap<>(early.attempts());
        List<PlannedLine> planned = plan.lines(Disposition.CREATE);
        checkAgainstPlan(early, planned);
        Optional<Stop> stop = early.stop();
        if (stop.isEmpty()) {
            List<PlannedLine> creates = planned.stream().filter(line -> !attempts.containsKey(line.pair())).toList();
            List<PairKey> recorded = new ArrayList<>(plan.seenWithUnits());
            creates.forEach(line -> recorded.add(line.pair()));
            AdjustmentApplier.Result applied = recordThenCreate(port, billed, recorded, creates, early.sentAny());
            attempts.putAll(applied.attempts());
            stop = applied.stop();
        }
        Map<PairKey, LineResult> results = settle(port, attempts, problems);
        stop.ifPresent(s -> deferUnmade(planned, s, results, problems));
        if (stop.filter(s -> s.kind() == Stop.Kind.STORE).isPresent()) {
            return ReportAssembler.assemble(request, plan.lines(), results, problems, stop);
        }
        // Every pair created was recorded before; what is left is to drop the pairs no longer billed.
        progress.step("Recording billed services");
        try {
            billed.update(context.store(), List.of(), plan.forget());
        } catch (StoreException e) {
            problems.add(new Problem(ProblemKind.OTHER, "Plugin store", "The plugin could not drop " + plan.forget().size()
                    + " service(s) no longer billed from its record (" + e.getMessage() + "). Billing is not affected: "
                    + "the next run drops them. Check the host's storage if this repeats.", 0));
        }
        return ReportAssembler.assemble(request, plan.lines(), results, problems, stop);
    }

    /**
     * The report of an apply run whose usage reading ended early (cancelled, or the server stopped
     * answering) after waves had made changes: the lines of the contracts the waves planned, with what
     * became of their creates. The other customers are left for the next run; nothing is dropped from
     * the record, which needs the whole plan.
     */
    private BillingReport partial(AutotaskPort port, EarlyCreates.Result early, List<Problem> readProblems, Stop stop) {
        List<Problem> problems = new ArrayList<>(readProblems);
        Map<PairKey, LineResult> results = settle(port, new HashMap<>(early.attempts()), problems);
        List<PlannedLine> lines = new ArrayList<>(early.lines());
        lines.sort(Comparator.comparing(PlannedLine::pair));
        Stop shown = early.stop().orElse(stop);
        deferUnmade(lines.stream().filter(l -> l.disposition() == Disposition.CREATE).toList(), shown, results, problems);
        if (early.stop().isPresent() && stop.kind() != Stop.Kind.CANCELLED) {
            stopProblem(stop, 0).ifPresent(problems::add);
        }
        return ReportAssembler.assemble(request, lines, results, problems, Optional.of(shown));
    }

    /** A stop's problem, counting the creates it kept from being made, and their lines marked deferred. */
    private static void deferUnmade(List<PlannedLine> creates, Stop stop, Map<PairKey, LineResult> results,
            List<Problem> problems) {
        int notMade = 0;
        for (PlannedLine line : creates) {
            LineResult result = results.get(line.pair());
            if (result == null) {
                results.put(line.pair(), LineResult.deferred(stop.lineMessage()));
            }
            if (result == null || result.outcome() == LineOutcome.DEFERRED) {
                notMade++;
            }
        }
        stopProblem(stop, notMade).ifPresent(problems::add);
    }

    /**
     * What became of each create: made, refused (a problem), lost or answered with a 500 (both settled
     * together by re-reading) or not sent.
     */
    private Map<PairKey, LineResult> settle(AutotaskPort port, Map<PairKey, AdjustmentApplier.Attempt> attempts,
            List<Problem> problems) {
        Map<PairKey, LineResult> results = new HashMap<>();
        Map<PairKey, AdjustmentApplier.Attempt> unsettled = new TreeMap<>();
        // Creates finish in any order; the report follows the plan's order.
        for (AdjustmentApplier.Attempt attempt : new TreeMap<>(attempts).values()) {
            PlannedLine line = attempt.line();
            switch (attempt.kind()) {
                case APPLIED -> results.put(line.pair(), LineResult.applied(attempt.adjustmentId(), line.message()));
                case REFUSED -> {
                    results.put(line.pair(), LineResult.failed(attempt.message()));
                    problems.add(refused(line, attempt.message()));
                }
                case UNKNOWN, SERVER_ERROR -> unsettled.put(line.pair(), attempt);
                case NOT_SENT -> results.put(line.pair(), LineResult.deferred(attempt.message()));
            }
        }
        if (!unsettled.isEmpty()) {
            new TreeMap<>(LostAnswers.settle(port, unsettled.values(), date, progress)).forEach((pair, settled) -> {
                LineResult result = settled.result();
                results.put(pair, result);
                PlannedLine line = unsettled.get(pair).line();
                if (settled.refused()) {
                    problems.add(refused(line, result.message()));
                } else if (result.outcome() == LineOutcome.FAILED) {
                    problems.add(new Problem(ProblemKind.OTHER, line.subject(), result.message(), Math.abs(line.change())));
                }
            });
        }
        return results;
    }

    private static Problem refused(PlannedLine line, String message) {
        return new Problem(ProblemKind.ADJUSTMENT_REFUSED, line.subject(), message
                + " Fix the cause in Autotask (or the mapping) and run billing again.", Math.abs(line.change()));
    }

    /** A wave's create must be the plan's: the same pair, a create, the same change. */
    private void checkAgainstPlan(EarlyCreates.Result early, List<PlannedLine> planned) {
        if (early.attempts().isEmpty()) {
            return;
        }
        Map<PairKey, PlannedLine> byPair = new HashMap<>();
        planned.forEach(line -> byPair.put(line.pair(), line));
        early.attempts().forEach((pair, attempt) -> {
            PlannedLine line = byPair.get(pair);
            if (line == null || line.change() != attempt.line().change()) {
                log.error("Billing run {}: the early create for contract {} service {} ({}) is not the full plan's ({});"
                        + " it is not made again", request.runId(), pair.contractId(), pair.serviceId(),
                        attempt.line().change(), line == null ? "no create" : line.change());
            }
        });
    }

    /** The problem a stop leaves for a person, if any: a cancellation is the person's own doing. */
    private static Optional<Problem> stopProblem(Stop stop, int notMade) {
        return switch (stop.kind()) {
            case CANCELLED -> Optional.empty();
            case BUDGET -> Optional.of(new Problem(ProblemKind.BUDGET_LIMIT, "Autotask API budget", stop.message(), notMade));
            case UNAVAILABLE, NO_ANSWER -> Optional.of(new Problem(ProblemKind.SOURCE_UNAVAILABLE, "Autotask", stop.message(), notMade));
            case STORE, LEASE_LOST -> Optional.of(new Problem(ProblemKind.OTHER, "Billing run", stop.message(), notMade));
            case USAGE_UNAVAILABLE -> Optional.of(new Problem(ProblemKind.SOURCE_UNAVAILABLE, "Kaspersky usage",
                    stop.message(), notMade));
        };
    }
}
