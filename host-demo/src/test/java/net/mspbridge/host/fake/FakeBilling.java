package net.mspbridge.host.fake;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import net.mspbridge.api.BillingHook;
import net.mspbridge.api.HostContext;
import net.mspbridge.api.RunRejectedException;
import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.BillingRunRequest;
import net.mspbridge.api.billing.LineOutcome;
import net.mspbridge.api.billing.Problem;
import net.mspbridge.api.billing.ProblemKind;
import net.mspbridge.api.billing.Ref;
import net.mspbridge.api.billing.ReportLine;
import net.mspbridge.api.billing.RunMode;
import net.mspbridge.api.billing.RunMonitor;
import net.mspbridge.api.billing.RunStatus;
import net.mspbridge.api.host.CustomerEvidence;
import net.mspbridge.api.host.DeviceEvidence;
import net.mspbridge.api.host.EvidenceAssignment;
import net.mspbridge.api.host.EvidenceSink;
import net.mspbridge.api.host.InventoryCustomer;
import net.mspbridge.api.host.InventoryDevice;
import net.mspbridge.api.host.PluginStore;
import net.mspbridge.api.settings.SettingsValues;

/**
 * A billing hook that bills the host's own inventory: per customer, the devices with a billable
 * licence, to the service mapped for "Endpoint Detection" on the fake Services panel. It records
 * billed units in the plugin store, so a second apply changes nothing, reports progress per
 * customer, stops when cancelled, and refuses a second run while one is under way, as plugin-api
 * asks. Tests can hold it between customers to look at a run in progress.
 */
public final class FakeBilling implements BillingHook {

    public final FaultSwitch faults = new FaultSwitch();
    public final List<BillingRunRequest> requests = new CopyOnWriteArrayList<>();
    /** When set, the report claims this run id instead of the requested one (a nonsense answer). */
    public volatile String claimRunId;
    /** When set, a decrease is held (plugin-api 1.2) unless the request carries a confirmation that covers it. */
    public volatile boolean holdDrops;

    /**
     * Negative (the default): runs write no evidence, as a plugin built for plugin-api 1.2. Otherwise
     * each billed customer's billable devices go to the context's evidence sink, and the first line
     * bills this many generated devices more ("BULK-00001", ...), for a line with thousands of devices.
     */
    public volatile int evidencePadding = -1;

    /**
     * How many apply runs from now on report {@code DEFERRED} with {@code resumeAfter} = the host's clock
     * plus {@link #deferFor} (plugin-api 1.3), as the real plugin does when the Autotask budget stops it;
     * each such run counts one down.
     */
    public final java.util.concurrent.atomic.AtomicInteger deferrals = new java.util.concurrent.atomic.AtomicInteger();
    public volatile Duration deferFor = Duration.ofMinutes(61);

    private final AtomicBoolean running = new AtomicBoolean();
    private final Semaphore permits = new Semaphore(0);
    private final BlockingQueue<String> held = new LinkedBlockingQueue<>();
    private volatile boolean holding;

    /** From now on, runs wait before every customer but the first until {@link #step()} or {@link #release()}. */
    public void hold() {
        holding = true;
    }

    /** Lets a held run go on to the next customer. */
    public void step() {
        permits.release();
    }

    /** Stops holding runs. */
    public void release() {
        holding = false;
        permits.release(1000);
    }

    /** Waits until a run is held between customers; false when none was within the time. */
    public boolean awaitHeld(Duration timeout) throws InterruptedException {
        return held.poll(timeout.toMillis(), TimeUnit.MILLISECONDS) != null;
    }

    @Override
    public BillingReport run(BillingRunRequest request, HostContext context, RunMonitor monitor) {
        if (!running.compareAndSet(false, true)) {
            throw new RunRejectedException("Another billing run of this plugin is under way; try again when it has finished.");
        }
        try {
            requests.add(request);
            if (faults.apply("run")) {
                return null;
            }
            return bill(request, context, monitor);
        } finally {
            running.set(false);
        }
    }

    private BillingReport bill(BillingRunRequest request, HostContext context, RunMonitor monitor) {
        List<InventoryCustomer> customers = context.inventory().map(i -> i.customers()).orElse(List.of());
        String service = mappedService(context.settings());
        PluginStore store = context.store();
        List<ReportLine> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        boolean cancelled = false;
        monitor.progress(0, customers.size(), "Reading usage");
        for (int i = 0; i < customers.size(); i++) {
            InventoryCustomer customer = customers.get(i);
            if (i > 0 && holding) {
                waitForStep(monitor);
            }
            int units = billableDevices(context, customer);
            if (evidencePadding >= 0 && units > 0 && !service.isEmpty() && !monitor.isCancelled()) {
                units += writeEvidence(context, customer, service, lines.isEmpty() ? evidencePadding : 0);
            }
            if (monitor.isCancelled() || cancelled) {
                cancelled = true;
                if (units > 0 && !service.isEmpty()) {
                    lines.add(line(customer, service, 0, units, LineOutcome.DEFERRED, "cancelled before this line", ""));
                }
                continue;
            }
            if (units > 0 && service.isEmpty()) {
                problems.add(new Problem(ProblemKind.UNMAPPED_USAGE, customer.name() + " / Endpoint Detection",
                        "No service is mapped for Endpoint Detection: map one on the Services panel.", units));
            } else if (units > 0) {
                String key = "billed/" + customer.id();
                int inForce = store.get(key).map(Integer::parseInt).orElse(0);
                LineOutcome outcome;
                String reference = "";
                if (units == inForce) {
                    outcome = LineOutcome.UNCHANGED;
                } else if (holdDrops && units < inForce && !confirmed(request, service, "ct-" + customer.id(), inForce, units)) {
                    outcome = LineOutcome.HELD;
                } else if (request.mode() == RunMode.PREVIEW) {
                    outcome = LineOutcome.PLANNED;
                } else {
                    store.put(key, Integer.toString(units));
                    outcome = LineOutcome.APPLIED;
                    reference = "adj-" + request.runId() + "-" + i;
                }
                lines.add(line(customer, service, inForce, units, outcome, "", reference));
            }
            monitor.progress(i + 1, customers.size(), "Billed " + customer.name());
        }
        RunStatus status = cancelled ? RunStatus.CANCELLED
                : problems.isEmpty() ? RunStatus.COMPLETED : RunStatus.COMPLETED_WITH_PROBLEMS;
        long changes = lines.stream().filter(l -> l.outcome() == LineOutcome.APPLIED || l.outcome() == LineOutcome.PLANNED).count();
        String message = (request.mode() == RunMode.PREVIEW ? changes + " change(s) planned" : changes + " change(s) applied")
                + (problems.isEmpty() ? "" : ", " + problems.size() + " problem(s)") + (cancelled ? ", cancelled" : "");
        String runId = claimRunId != null ? claimRunId : request.runId();
        if (request.mode() == RunMode.APPLY && !cancelled && deferrals.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return new BillingReport(runId, request.effectiveDate(), request.mode(), RunStatus.DEFERRED,
                    message + ", the rest deferred to spare the API budget", lines, problems, List.of(),
                    java.util.Optional.of(context.clock().instant().plus(deferFor)));
        }
        return new BillingReport(runId, request.effectiveDate(), request.mode(), status, message, lines, problems);
    }

    private static boolean confirmed(BillingRunRequest request, String service, String contract, int inForce, int wanted) {
        return request.confirmations().stream()
                .anyMatch(c -> c.covers(contract, service, inForce, wanted, request.effectiveDate()));
    }

    /** Writes the customer's billable devices and {@code extra} generated ones; returns {@code extra}. */
    private static int writeEvidence(HostContext context, InventoryCustomer customer, String service, int extra) {
        EvidenceSink sink = context.evidence();
        try (CustomerEvidence evidence = sink.open(customer.id(), customer.name());
             Stream<InventoryDevice> devices = context.inventory().orElseThrow().devices(customer.id())) {
            devices.filter(d -> d.applications().stream().anyMatch(a -> a.licence().isBillable())).forEach(d ->
                    evidence.add(new DeviceEvidence(d.id(), d.name(), d.osName(), "All devices", "Endpoint Detection",
                            "", 1, "")));
            for (int i = 1; i <= extra; i++) {
                String name = String.format("BULK-%05d", i);
                evidence.add(new DeviceEvidence(name, name, "Windows 11 Pro", "All devices", "Endpoint Detection", "", 1, ""));
            }
        }
        sink.assign(EvidenceAssignment.toLine(customer.id(), "Endpoint Detection", "All devices", "ct-" + customer.id(),
                service));
        return extra;
    }

    private void waitForStep(RunMonitor monitor) {
        held.add("held");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try {
            while (holding && !monitor.isCancelled() && System.nanoTime() < deadline) {
                if (permits.tryAcquire(20, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String mappedService(SettingsValues settings) {
        String column = settings.toggle("byCategory") ? "ws" : "service";
        return settings.table("services").cell("app-edr", column).orElse("");
    }

    private static int billableDevices(HostContext context, InventoryCustomer customer) {
        try (Stream<InventoryDevice> devices = context.inventory().orElseThrow().devices(customer.id())) {
            return (int) devices.filter(d -> d.applications().stream().anyMatch(a -> a.licence().isBillable())).count();
        }
    }

    private static ReportLine line(InventoryCustomer customer, String service, int inForce, int wanted,
            LineOutcome outcome, String message, String reference) {
        return new ReportLine(new Ref(customer.id(), customer.name()), new Ref("co-" + customer.id(), customer.name()),
                new Ref("ct-" + customer.id(), "Managed Services"), new Ref(service, serviceName(service)),
                List.of("Endpoint Detection"), "All devices", inForce, wanted, wanted - inForce, new BigDecimal("4.50"),
                outcome, message, reference);
    }

    private static String serviceName(String serviceId) {
        return switch (serviceId) {
            case "svc-edr-ws" -> "EDR Workstation";
            case "svc-edr-srv" -> "EDR Server";
            default -> serviceId;
        };
    }
}
