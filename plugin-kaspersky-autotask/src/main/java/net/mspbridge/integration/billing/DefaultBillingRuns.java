package net.mspbridge.integration.billing;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import net.mspbridge.api.HostContext;
import net.mspbridge.api.RunRejectedException;
import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.BillingRunRequest;
import net.mspbridge.api.billing.RunMonitor;
import net.mspbridge.integration.kaspersky.ApplicationCatalog;

/** {@link BillingRuns}: the guards against overlapping runs around one {@link BillingRun}. */
final class DefaultBillingRuns implements BillingRuns {

    /** The longest a run waits for the answer to a create before treating it as lost. */
    static final Duration CREATE_WAIT = Duration.ofMinutes(2);

    /** How often a live run's lease is renewed by its heartbeat: a quarter of the lease. */
    static final Duration HEARTBEAT = BillingRuns.LEASE_TIME.dividedBy(4);

    private final ApplicationCatalog catalog;
    private final BillingConnections connections;
    private final Duration leaseTime;
    private final Duration heartbeat;
    private final Duration createWait;
    private final AtomicReference<String> running = new AtomicReference<>();

    DefaultBillingRuns(ApplicationCatalog catalog, BillingConnections connections, Duration leaseTime, Duration heartbeat,
                       Duration createWait) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.connections = Objects.requireNonNull(connections, "connections");
        this.leaseTime = Objects.requireNonNull(leaseTime, "leaseTime");
        this.heartbeat = Objects.requireNonNull(heartbeat, "heartbeat");
        this.createWait = Objects.requireNonNull(createWait, "createWait");
    }

    @Override
    public BillingReport run(BillingRunRequest request, HostContext context, RunMonitor monitor) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(monitor, "monitor");
        RunSettings settings = RunSettings.read(context.settings());
        String other = running.compareAndExchange(null, request.runId());
        if (other != null) {
            throw new RunRejectedException("Billing run '" + other + "' is already under way in this host, so this run "
                    + "was not started. Try again when it has finished.");
        }
        try (RunLease lease = RunLease.acquire(context.store(), context.clock(), request.runId(), leaseTime, heartbeat)) {
            return new BillingRun(catalog, connections, request, context, monitor, settings, lease, createWait).execute();
        } catch (RuntimeException e) {
            throw described(e);
        } finally {
            running.set(null);
        }
    }

    /**
     * The failure as it is when it says what happened; else one that says what and where, so no run
     * ever ends with only an exception's type as its message.
     */
    static RuntimeException described(RuntimeException failure) {
        if (failure.getMessage() != null && !failure.getMessage().isBlank()) {
            return failure;
        }
        StackTraceElement[] trace = failure.getStackTrace();
        String where = trace.length == 0 ? "" : " at " + trace[0];
        return new IllegalStateException("The billing run failed unexpectedly: " + failure.getClass().getName() + where
                + ", without a message. Nothing more was changed in Autotask by this run after that point; the next"
                + " run finishes the work. Report this message with the host's log to the plugin's maintainers.", failure);
    }
}
