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
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.mspbridge.api.HostContext;
import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.BillingRunRequest;
import net.mspbridge.api.billing.Problem;
import net.mspbridge.api.billing.RunMode;
import net.mspbridge.api.billing.RunMonitor;
import net.mspbridge.integration.kaspersky.ApplicationCatalog;
import net.mspbridge.integration.kaspersky.CustomerUsage;
import net.mspbridge.integration.kaspersky.LastUsage;
import net.mspbridge.integration.kaspersky.KasperskyCustomer;
import net.mspbridge.integration.kaspersky.UsageReadStoppedException;
import net.mspbridge.integration.kaspersky.UsageReading;
import net.mspbridge.integration.kaspersky.UsageSource;
import net.mspbridge.integration.settings.CompanyMapping;

/**
 * One billing run, start to end, on the thread that called it. It reads as a pipeline:
 * <ol>
 *   <li>usage: the customers, then their usage on a thread beside the run's ({@link SideRead}, {@link UsageSoFar});
 *   <li>Autotask reads: contracts, services and units in batches, then the companies and their
 *       currencies ({@link AutotaskReader});
 *   <li>plan: {@link Reconciler}, once per early wave and once on the whole usage;
 *   <li>create: in apply mode, waves of contracts whose usage is in ({@link EarlyCreates}), then the rest
 *       ({@link FinalApply}), each through the {@link CreateStep}: record, then create;
 *   <li>settle: lost answers settled by re-reading, unmade creates deferred, pairs no longer billed forgotten
 *       ({@link CreateStep}, {@link FinalApply});
 *   <li>report: {@link ReportAssembler}, with the devices seen but not counted ({@link NotCountedDevices}),
 *       those of customers with billing off listed last, apart from the usage ({@link BillingOffDevices}).
 * </ol>
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
        List<KasperskyCustomer> billingOff = new ArrayList<>();
        Map<String, KasperskyCustomer> customers = customersToRead(source, billingOff);
        Map<String, String> names = new HashMap<>();
        customers.values().forEach(c -> names.put(c.id(), c.label()));
        billingOff.forEach(c -> names.put(c.id(), c.label()));
        // Outside the virtual server scope: not read by choice (no call: the listing is the one just made).
        List<KasperskyCustomer> outside = source.outsideScope();
        outside.forEach(c -> names.put(c.id(), c.label()));
        BilledPairs billed = BilledPairs.read(context.store(), settings.solution());
        CustomersWithUsage withUsage = CustomersWithUsage.read(context.store(), settings.solution());
        AutotaskPort port = connections.autotask(context, settings.budgetSharePercent());
        // Their usage does not depend on Autotask, nor Autotask's contracts on it: read side by side.
        UsageSoFar soFar = new UsageSoFar(monitor::isCancelled);
        SideRead<Optional<UsageReading>> usage = SideRead.start("billing-usage-" + request.runId(),
                () -> readUsage(source, customers, soFar));
        try {
            return compute(port, usage, soFar, billed, withUsage, source, billingOff, names, outside);
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
            BilledPairs billed, CustomersWithUsage withUsage, UsageSource source, List<KasperskyCustomer> billingOff,
            Map<String, String> names, List<KasperskyCustomer> outside) {
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
            return ReportAssembler.stoppedEarly(request, stop.problem(0).map(List::of).orElse(List.of()), stop);
        }
        ReadScope scope = outside.isEmpty() ? ReadScope.ALL
                : new ReadScope(source.scope(), outside.stream().map(KasperskyCustomer::id).collect(Collectors.toSet()));
        DropGuard drops = new DropGuard(settings.drops(), withUsage.contracts(), ConfirmedDrop.from(request));
        Function<UsageReading, Plan> planner = usage -> Reconciler.reconcile(new ReconciliationInput(date, applications,
                settings.services(), settings.companies(), byCustomer(usage), usage.failures(), read.snapshot(),
                billedBefore, settings.zeroStaleUnits(), drops, names, scope));
        CreateStep creates = new CreateStep(port, billed, context.store(), monitor, progress, lease, createWait, date);
        CompanyCurrencies currencies = CompanyCurrencies.of(read.snapshot().currencies());
        FinalApply end = new FinalApply(request, creates, withUsage, currencies);
        // Apply bills each contract as soon as its customers' usage is in, while the rest is read.
        EarlyCreates.Result early = request.mode() == RunMode.APPLY
                ? new EarlyCreates(customersByContract(), planner, creates, monitor).run(usageRead, soFar)
                : EarlyCreates.Result.none();
        Optional<UsageReading> reading;
        try {
            reading = usageRead.result();
        } catch (RuntimeException e) {
            if (!early.sentAny()) {
                throw e;
            }
            return end.partial(early, read.problems(), new Stop(Stop.Kind.USAGE_UNAVAILABLE, "Kaspersky usage could not "
                    + "be read to the end (" + e.getMessage() + "). The customers read before were billed; the others "
                    + "are left for the next run."));
        }
        if (reading.isEmpty()) {
            if (!early.sentAny()) {
                return ReportAssembler.stoppedEarly(request, List.of(), new Stop(Stop.Kind.CANCELLED,
                        "The run was cancelled while it read usage; nothing was changed."));
            }
            return end.partial(early, read.problems(), new Stop(Stop.Kind.CANCELLED, "The run was cancelled while it "
                    + "read usage: the customers read by then were billed, the others are left for the next run."));
        }
        if (request.mode() == RunMode.APPLY && reading.get().failures().isEmpty()) {
            // Every customer read: what the Services panel's warnings count devices by (a preview stores nothing).
            LastUsage.of(date, reading.get().usage()).save(context.store(), settings.solution());
        }
        Plan plan = planner.apply(reading.get());
        EvidenceAssignments.send(context.evidence(), plan.lines(), reading.get().usage(), applications,
                settings.services(), settings.companies());
        List<Problem> problems = new ArrayList<>(plan.problems());
        problems.addAll(read.problems());
        BillingReport report = request.mode() == RunMode.PREVIEW
                ? ReportAssembler.assemble(request, plan.lines(), Map.of(), currencies, problems, Optional.empty())
                : end.complete(plan, problems, early);
        // Planned and billed by now: the devices of customers with billing off are only listed, for the report.
        List<BillingOffDevices.Listed> off = BillingOffDevices.list(source, billingOff, request.runId());
        return ReportAssembler.withNotCounted(report,
                NotCountedDevices.of(reading.get().usage(), EvidenceAssignments.unassigned(plan.lines(),
                        reading.get().usage(), applications, settings.services(), settings.companies()),
                        settings.companies(), off, outside));
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
     * The customers the source knows whose billing is on, and those no Companies row maps (their usage
     * is billed nowhere: the report must say so). The usage of customers mapped with billing off is not
     * read; they are added to {@code billingOff}, whose devices are only listed at the end, for the
     * report ({@link BillingOffDevices}).
     */
    private Map<String, KasperskyCustomer> customersToRead(UsageSource source, List<KasperskyCustomer> billingOff) {
        progress.step("Reading usage");
        Set<String> billable = new TreeSet<>();
        settings.companies().billable().forEach(m -> billable.add(m.customerId()));
        Map<String, KasperskyCustomer> known = new LinkedHashMap<>();
        for (KasperskyCustomer customer : source.customers()) {
            if (billable.contains(customer.id()) || settings.companies().of(customer.id()).isEmpty()) {
                known.put(customer.id(), customer);
            } else {
                billingOff.add(customer);
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
}
