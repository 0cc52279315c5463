package net.mspbridge.integration.billing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

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
        SideRead<Optional<UsageReading>> usage = SideRead.start("billing-usage-" + request.runId(),
                () -> readUsage(source, customers));
        try {
            return compute(port, usage, billed);
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

    private BillingReport compute(AutotaskPort port, SideRead<Optional<UsageReading>> usageRead, BilledPairs billed) {
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
        Optional<UsageReading> reading = usageRead.result();
        if (reading.isEmpty()) {
            return ReportAssembler.stoppedEarly(request, List.of(), new Stop(Stop.Kind.CANCELLED,
                    "The run was cancelled while it read usage; nothing was changed."));
        }
        UsageReading usage = reading.get();
        Map<String, CustomerUsage> usageById = new HashMap<>();
        usage.usage().forEach(u -> usageById.put(u.customer().id(), u));
        Plan plan = Reconciler.reconcile(new ReconciliationInput(date, applications, settings.services(), settings.companies(),
                usageById, usage.failures(), read.snapshot(), billedBefore, settings.zeroStaleUnits()));
        List<Problem> problems = new ArrayList<>(plan.problems());
        problems.addAll(read.problems());
        if (request.mode() == RunMode.PREVIEW) {
            return ReportAssembler.assemble(request, plan.lines(), Map.of(), problems, Optional.empty());
        }
        return apply(port, plan, billed, problems);
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
     * The usage of those customers, on a thread beside the run's; a customer whose usage cannot be
     * read is reported (its contract left alone) while the others are billed. Empty when the run was
     * cancelled meanwhile: the source starts no further customer once it is, which is what keeps a
     * cancellation prompt while a large Security Center is read.
     */
    private Optional<UsageReading> readUsage(UsageSource source, Map<String, KasperskyCustomer> known) {
        UsageReading reading;
        try {
            reading = known.isEmpty() ? new UsageReading(List.of(), Map.of())
                    : source.read(known.values(), monitor::isCancelled);
        } catch (UsageReadStoppedException e) {
            log.info("Billing run {}: {}", request.runId(), e.getMessage());
            return Optional.empty();
        }
        List<CustomerUsage> usage = reading.usage().stream()
                .filter(u -> known.containsKey(u.customer().id())).toList();
        progress.advance("Read usage");
        return Optional.of(new UsageReading(usage, reading.failures()));
    }

    private BillingReport apply(AutotaskPort port, Plan plan, BilledPairs billed, List<Problem> problems) {
        List<PlannedLine> creates = plan.lines(Disposition.CREATE);
        Map<PairKey, LineResult> results = new HashMap<>();
        try {
            // Recorded before any create: a run that cannot record must not write to Autotask. The pairs
            // about to be created are recorded too: a create whose answer is lost may have been made,
            // and should its mapping move before a run sees the units, they must still be found stale.
            // A pair never made is at zero and is forgotten once no mapping targets it.
            List<PairKey> recorded = new ArrayList<>(plan.seenWithUnits());
            creates.forEach(line -> recorded.add(line.pair()));
            billed.update(context.store(), recorded, List.of());
        } catch (StoreException e) {
            Stop stop = new Stop(Stop.Kind.STORE, "The plugin could not write its record of billed services ("
                    + e.getMessage() + "), so the run made no change. Check the host's storage and run billing again.");
            creates.forEach(line -> results.put(line.pair(), LineResult.deferred(stop.lineMessage())));
            stopProblem(stop, creates.size()).ifPresent(problems::add);
            return ReportAssembler.assemble(request, plan.lines(), results, problems, Optional.of(stop));
        }
        AdjustmentApplier.Result applied = new AdjustmentApplier(port, monitor, progress, lease, createWait, date).apply(creates);
        List<PlannedLine> lost = new ArrayList<>();
        // Creates finish in any order; the report follows the plan's order.
        for (AdjustmentApplier.Attempt attempt : new TreeMap<>(applied.attempts()).values()) {
            PlannedLine line = attempt.line();
            switch (attempt.kind()) {
                case APPLIED -> results.put(line.pair(), LineResult.applied(attempt.adjustmentId(), line.message()));
                case REFUSED -> {
                    results.put(line.pair(), LineResult.failed(attempt.message()));
                    problems.add(new Problem(ProblemKind.ADJUSTMENT_REFUSED, line.subject(), attempt.message()
                            + " Fix the cause in Autotask (or the mapping) and run billing again.", Math.abs(line.change())));
                }
                case UNKNOWN -> lost.add(line);
                case NOT_SENT -> results.put(line.pair(), LineResult.deferred(attempt.message()));
            }
        }
        if (!lost.isEmpty()) {
            new TreeMap<>(LostAnswers.settle(port, lost, date, progress)).forEach((pair, result) -> {
                results.put(pair, result);
                if (result.outcome() == LineOutcome.FAILED) {
                    PlannedLine line = lost.stream().filter(l -> l.pair().equals(pair)).findFirst().orElseThrow();
                    problems.add(new Problem(ProblemKind.OTHER, line.subject(), result.message(), Math.abs(line.change())));
                }
            });
        }
        Optional<Stop> stop = applied.stop();
        long notMade = results.values().stream().filter(r -> r.outcome() == LineOutcome.DEFERRED).count();
        stop.flatMap(s -> stopProblem(s, (int) notMade)).ifPresent(problems::add);
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

    /** The problem a stop leaves for a person, if any: a cancellation is the person's own doing. */
    private static Optional<Problem> stopProblem(Stop stop, int notMade) {
        return switch (stop.kind()) {
            case CANCELLED -> Optional.empty();
            case BUDGET -> Optional.of(new Problem(ProblemKind.BUDGET_LIMIT, "Autotask API budget", stop.message(), notMade));
            case UNAVAILABLE, NO_ANSWER -> Optional.of(new Problem(ProblemKind.SOURCE_UNAVAILABLE, "Autotask", stop.message(), notMade));
            case STORE, LEASE_LOST -> Optional.of(new Problem(ProblemKind.OTHER, "Billing run", stop.message(), notMade));
        };
    }
}
