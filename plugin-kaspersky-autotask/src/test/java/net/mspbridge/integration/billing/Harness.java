package net.mspbridge.integration.billing;

import static net.mspbridge.integration.billing.Fixtures.CATALOG;
import static net.mspbridge.integration.billing.Fixtures.MARCH;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

import net.mspbridge.api.HostContext;
import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.BillingRunRequest;
import net.mspbridge.api.billing.DropConfirmation;
import net.mspbridge.api.billing.LineOutcome;
import net.mspbridge.api.billing.RunMode;
import net.mspbridge.api.billing.RunMonitor;
import net.mspbridge.api.host.EvidenceSink;
import net.mspbridge.api.host.Secrets;
import net.mspbridge.integration.kaspersky.UsageSource;

/**
 * A plugin's billing runs against a fake Autotask, a fake usage source and an in-memory store,
 * as a host would call them. {@link #otherProcess()} gives a second, independent instance over the
 * same store, as a second host process would have.
 */
final class Harness {

    /** Short, so a test of a create that never answers ends quickly; never asserted on. */
    static final Duration CREATE_WAIT = Duration.ofSeconds(5);

    final FakeAutotask autotask = new FakeAutotask();
    final FakeUsage usage = new FakeUsage();
    final MemoryStore store = new MemoryStore();
    final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T08:00:00Z"));
    final List<Integer> budgetShares = new CopyOnWriteArrayList<>();
    private volatile Fixtures.Settings settings = Fixtures.Settings.none();
    private volatile EvidenceSink evidence = EvidenceSink.absent();
    private final Duration heartbeat;
    private final BillingRuns runs;
    private int runNumber;

    /** The confirmations the host passes to every run; none unless {@link #confirmHeld} added some. */
    private List<DropConfirmation> confirmations = List.of();

    Harness() {
        this(CREATE_WAIT);
    }

    Harness(Duration createWait) {
        this(createWait, DefaultBillingRuns.HEARTBEAT);
    }

    /** With the lease heartbeat at another pace than the plugin's (tests of the heartbeat itself). */
    Harness(Duration createWait, Duration heartbeat) {
        this.heartbeat = heartbeat;
        this.runs = instance(createWait);
    }

    Harness settings(UnaryOperator<Fixtures.Settings> change) {
        settings = change.apply(settings);
        return this;
    }

    /**
     * Autotask is read only once the first usage reading has ended (at most 20 s), so that run makes
     * no early wave: its creates are one batch and its record of billed pairs one write, whatever the
     * machine's load. For tests of the run's last step that early waves would otherwise split.
     */
    Harness autotaskAfterFirstUsageRead() {
        autotask.onRead(() -> {
            try {
                usage.readEnded().await(20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return this;
    }

    BillingRuns otherProcess() {
        return instance(CREATE_WAIT);
    }

    private BillingRuns instance(Duration createWait) {
        BillingConnections connections = new BillingConnections() {
            @Override
            public UsageSource usageSource(HostContext context) {
                return usage;
            }

            @Override
            public AutotaskPort autotask(HostContext context, int budgetSharePercent) {
                budgetShares.add(budgetSharePercent);
                return autotask;
            }
        };
        return new DefaultBillingRuns(CATALOG, connections, BillingRuns.LEASE_TIME, heartbeat, createWait);
    }

    HostContext context() {
        return new HostContext(settings.values(), Secrets.none(), clock, store, Optional.empty(), evidence);
    }

    /** Runs from now on get {@code sink} as their evidence sink, and the fake usage writes to it. */
    Harness evidence(EvidenceSink sink) {
        this.evidence = sink;
        usage.evidence(sink);
        return this;
    }

    synchronized BillingRunRequest request(RunMode mode, LocalDate date) {
        return new BillingRunRequest("run-" + (++runNumber), date, mode, confirmations);
    }

    /** Confirms, as a person on the host would, every held line of the report, for the runs that follow. */
    synchronized Harness confirmHeld(BillingReport report, String by) {
        List<DropConfirmation> next = new ArrayList<>(confirmations);
        report.lines(LineOutcome.HELD).forEach(line -> next.add(DropConfirmation.of(line, report.effectiveDate(), by,
                Instant.parse("2025-03-02T09:00:00Z"))));
        confirmations = List.copyOf(next);
        return this;
    }

    BillingReport apply() {
        return run(RunMode.APPLY, RunMonitor.none());
    }

    BillingReport preview() {
        return run(RunMode.PREVIEW, RunMonitor.none());
    }

    BillingReport run(RunMode mode, RunMonitor monitor) {
        return runs.run(request(mode, MARCH), context(), monitor);
    }

    BillingReport run(BillingRuns instance, RunMode mode) {
        return instance.run(request(mode, MARCH), context(), RunMonitor.none());
    }

    int unitsOn(long contractId, long serviceId) {
        return autotask.unitsOn(contractId, serviceId, MARCH);
    }
}
