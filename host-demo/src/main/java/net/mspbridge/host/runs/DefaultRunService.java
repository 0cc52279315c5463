package net.mspbridge.host.runs;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.mspbridge.api.BillingHook;
import net.mspbridge.api.HostContext;
import net.mspbridge.api.RunRejectedException;
import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.BillingRunRequest;
import net.mspbridge.api.billing.DropConfirmation;
import net.mspbridge.api.billing.RunMode;
import net.mspbridge.host.calls.Durations;
import net.mspbridge.host.calls.PluginCalls;
import net.mspbridge.host.evidence.EvidenceStore;
import net.mspbridge.host.plugins.ExtensionSource;
import net.mspbridge.host.plugins.HostedPlugin;
import net.mspbridge.host.settings.HostContexts;

/** {@link RunService} with a worker per run, timers for lease and limits, and the history in {@link RunStore}. */
final class DefaultRunService implements RunService {

    private static final Logger log = LoggerFactory.getLogger(DefaultRunService.class);
    private static final int DATE_RANGE_DAYS = 366;

    private final RunStore store;
    private final DropConfirmationStore confirmations;
    private final Continuations continuations;
    private final ExtensionSource extensions;
    private final HostContexts contexts;
    private final Clock clock;
    private final RunLimits limits;
    private final EvidenceStore evidence;
    private final ScheduledExecutorService timer;
    private final ThreadPoolExecutor workers;
    private final Map<String, ActiveRun> active = new ConcurrentHashMap<>();
    private final String holder = "pid " + ProcessHandle.current().pid() + " " + UUID.randomUUID();

    DefaultRunService(RunStore store, DropConfirmationStore confirmations, Continuations continuations,
            ExtensionSource extensions, HostContexts contexts, Clock clock, RunLimits limits, ScheduledExecutorService timer,
            EvidenceStore evidence) {
        this.store = store;
        this.confirmations = confirmations;
        this.continuations = continuations;
        this.evidence = evidence;
        this.extensions = extensions;
        this.contexts = contexts;
        this.clock = clock;
        this.limits = limits;
        this.timer = timer;
        AtomicInteger count = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(0, limits.maxRuns(), 30, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
            Thread thread = new Thread(task, "billing-run-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        int interrupted = store.recoverInterrupted();
        if (interrupted > 0) {
            log.warn("{} billing run(s) were under way when their process stopped; recorded as interrupted", interrupted);
        }
    }

    @Override
    public int confirmDrops(String runId, OptionalInt line, String by) {
        RunRecord run = store.find(runId).orElseThrow(() -> new RunNotFoundException(runId));
        return confirmations.confirm(run, line, by);
    }

    @Override
    public List<DropConfirmation> pendingConfirmations(String pluginId) {
        return confirmations.pending(pluginId, Optional.empty());
    }

    @Override
    public List<HeldLineConfirmation> confirmationsOf(String runId) {
        return confirmations.ofRun(store.find(runId).orElseThrow(() -> new RunNotFoundException(runId)));
    }

    @Override
    public RunRecord start(RunRequest request) {
        HostedPlugin plugin = extensions.plugin(request.pluginId()).orElseThrow(() ->
                new InvalidRunRequestException("there is no plugin '" + request.pluginId() + "'"));
        BillingHook hook = plugin.billing().orElseThrow(() ->
                new InvalidRunRequestException("plugin '" + request.pluginId() + "' does not do billing"));
        checkDate(request.effectiveDate());
        if (active.size() >= limits.maxRuns()) {
            throw busy();
        }
        RunRecord record = store.begin(request, holder, limits.leaseDuration());
        ActiveRun run = new ActiveRun(record);
        active.put(run.runId(), run);
        try {
            run.worker = workers.submit(() -> execute(run, hook));
        } catch (RejectedExecutionException e) {
            active.remove(run.runId());
            RunRefusedException busy = busy();
            store.finish(run.runId(), RunState.REFUSED, busy.getMessage(), Optional.empty(), RunProgress.NONE);
            store.release(run.pluginId(), run.runId());
            throw busy;
        }
        try {
            continuations.started(record);
        } catch (RuntimeException e) {
            // The run goes on; a continuation left waiting meets the plugin's own lease and finds little to do.
            log.warn("Billing run {}: could not supersede the plugin's scheduled continuation: {}", record.runId(),
                    e.getMessage());
        }
        long renewMillis = limits.renewEvery().toMillis();
        run.renewal = timer.scheduleWithFixedDelay(() -> renew(run), renewMillis, renewMillis, TimeUnit.MILLISECONDS);
        run.deadline = timer.schedule(() -> timeUp(run), limits.runTimeout().toMillis(), TimeUnit.MILLISECONDS);
        log.info("Billing run {} started: plugin {}, {} for {}, by {} from {}", record.runId(), record.pluginId(),
                record.mode(), record.effectiveDate(), record.startedBy(), record.trigger().description());
        return record;
    }

    private RunRefusedException busy() {
        return new RunRefusedException("the host is already running " + limits.maxRuns()
                + " billing run(s); try again when one has finished", null);
    }

    private void checkDate(LocalDate date) {
        LocalDate today = LocalDate.now(clock);
        LocalDate earliest = today.minusDays(DATE_RANGE_DAYS);
        LocalDate latest = today.plusDays(DATE_RANGE_DAYS);
        if (date.isBefore(earliest) || date.isAfter(latest)) {
            throw new InvalidRunRequestException("the effective date " + date + " is out of range: choose a date from "
                    + earliest + " to " + latest);
        }
    }

    private void execute(ActiveRun run, BillingHook hook) {
        RunRecord record = run.started;
        RunState state;
        String message;
        Optional<BillingReport> report = Optional.empty();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try {
            EvidenceStore.RunSink sink = evidence.begin(record.runId());
            HostContext context = contexts.stored(record.pluginId()).withEvidence(sink.sink());
            BillingRunRequest request = new BillingRunRequest(record.runId(), record.effectiveDate(), record.mode(),
                    confirmations.pending(record.pluginId(), Optional.of(record.effectiveDate())));
            thread.setContextClassLoader(hook.getClass().getClassLoader());
            BillingReport answer;
            try {
                answer = hook.run(request, context, run.monitor);
            } finally {
                sink.finish();
            }
            Optional<String> nonsense = ReportChecks.problem(request, answer);
            if (nonsense.isPresent()) {
                log.warn("Billing run {}: plugin {} returned an unusable report: {}", record.runId(), record.pluginId(),
                        nonsense.get());
                state = RunState.FAILED;
                message = "the plugin returned an invalid answer: " + nonsense.get();
            } else {
                state = RunState.of(answer.status());
                message = answer.statusMessage();
                report = Optional.of(answer);
            }
        } catch (Throwable thrown) { // a plugin may throw anything; the host records it and goes on
            state = thrown instanceof RunRejectedException ? RunState.REFUSED : RunState.FAILED;
            message = PluginCalls.translate(record.pluginId(), "billing run " + record.runId(), thrown).getMessage();
        } finally {
            thread.setContextClassLoader(previous);
            // An interrupted plugin may leave the flag set; the host's own work goes on regardless.
            Thread.interrupted();
        }
        try {
            store.finish(record.runId(), state, message, report, run.monitor.progress());
            if (record.mode() == RunMode.APPLY) {
                report.ifPresent(r -> confirmations.markApplied(record.pluginId(), record.runId(), r));
            }
            log.info("Billing run {} ended {}: {}", record.runId(), state, message);
        } catch (RuntimeException e) {
            log.error("Billing run {} ended {} but could not be recorded", record.runId(), state, e);
        }
        try {
            continuations.finished(record, report);
        } catch (RuntimeException e) {
            // The next run, from the page or the schedule, does the rest.
            log.error("Billing run {} was deferred but its continuation could not be scheduled", record.runId(), e);
        } finally {
            cleanUp(run);
        }
    }

    private void cleanUp(ActiveRun run) {
        cancelTimer(run.renewal);
        cancelTimer(run.deadline);
        try {
            store.release(run.pluginId(), run.runId());
        } catch (RuntimeException e) {
            // The lease then runs out by itself within the lease duration.
            log.warn("Billing run {}: could not free plugin {} now: {}", run.runId(), run.pluginId(), e.getMessage());
        }
        active.remove(run.runId());
        run.done.countDown();
    }

    private static void cancelTimer(Future<?> future) {
        if (future != null) {
            future.cancel(false);
        }
    }

    private void renew(ActiveRun run) {
        try {
            boolean cancelAsked = store.renew(run.pluginId(), run.runId(), limits.leaseDuration(), run.monitor.progress());
            if (cancelAsked && !run.monitor.isCancelled()) {
                log.info("Billing run {}: cancel requested from another process", run.runId());
                askToStop(run, "did not stop within " + Durations.toText(limits.cancelGrace()) + " of being asked");
            }
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again: keep trying at the next tick.
            log.warn("Billing run {}: could not renew its claim on plugin {}: {}", run.runId(), run.pluginId(), e.getMessage());
        }
    }

    private void timeUp(ActiveRun run) {
        if (run.isDone()) {
            return;
        }
        log.warn("Billing run {} has run for {}: asking it to stop", run.runId(), Durations.toText(limits.runTimeout()));
        askToStop(run, "did not finish within " + Durations.toText(limits.runTimeout())
                + " and did not stop within " + Durations.toText(limits.cancelGrace()) + " of being asked");
    }

    /** Sets the cancel flag, and interrupts the plugin if it has not stopped after the grace period. */
    private void askToStop(ActiveRun run, String ifItDoesNot) {
        run.monitor.cancel();
        if (run.hardStopScheduled.compareAndSet(false, true)) {
            timer.schedule(() -> stopHard(run, ifItDoesNot), limits.cancelGrace().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void stopHard(ActiveRun run, String why) {
        if (run.isDone()) {
            return;
        }
        log.warn("Billing run {}: the plugin {}; interrupting it", run.runId(), why);
        try {
            // Recorded first: whatever the interrupted plugin does next cannot overwrite it.
            store.finish(run.runId(), RunState.FAILED, "the plugin " + why + "; it was interrupted", Optional.empty(),
                    run.monitor.progress());
        } catch (RuntimeException e) {
            log.error("Billing run {}: could not record the interruption", run.runId(), e);
        }
        Future<?> worker = run.worker;
        if (worker != null) {
            worker.cancel(true);
        }
    }

    @Override
    public Optional<RunRecord> find(String runId) {
        ActiveRun run = active.get(runId);
        Optional<RunRecord> stored = store.find(runId);
        if (run == null) {
            return stored;
        }
        return stored.map(r -> r.state().isFinished() ? r : r.withLive(run.monitor.progress(), run.monitor.isCancelled()));
    }

    @Override
    public RunRecord await(String runId, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        ActiveRun run = active.get(runId);
        if (run != null) {
            run.done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        RunRecord record = find(runId).orElseThrow(() -> new RunNotFoundException(runId));
        // A run of another process: follow it in the database.
        while (!record.state().isFinished() && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(200);
            record = find(runId).orElseThrow(() -> new RunNotFoundException(runId));
        }
        return record;
    }

    @Override
    public RunRecord cancel(String runId) {
        RunRecord record = store.find(runId).orElseThrow(() -> new RunNotFoundException(runId));
        if (record.state().isFinished()) {
            throw new RunRefusedException(runId + " has already finished (" + record.state() + ")", runId);
        }
        store.requestCancel(runId);
        ActiveRun run = active.get(runId);
        if (run != null) {
            log.info("Billing run {}: cancel requested", runId);
            askToStop(run, "did not stop within " + Durations.toText(limits.cancelGrace()) + " of being asked");
        }
        return find(runId).orElseThrow(() -> new RunNotFoundException(runId));
    }

    @Override
    public RunRecord recordRefused(RunRequest request, String reason) {
        return store.recordRefused(request, reason);
    }

    @Override
    public List<RunRecord> history(int limit) {
        return store.history(limit);
    }

    @Override
    public List<RunRecord> appliedReports(int limit) {
        return store.appliedReports(limit);
    }

    @Override
    public List<RunRecord> startDueContinuations() {
        return continuations.startDue(this);
    }

    @Override
    public List<Continuation> scheduledContinuations() {
        return continuations.store().scheduled();
    }

    @Override
    public Map<String, Continuation> continuationsOf(java.util.Collection<String> runIds) {
        Map<String, Continuation> byRun = new java.util.HashMap<>();
        continuations.store().from(runIds).forEach(c -> byRun.put(c.fromRunId(), c));
        return byRun;
    }

    @Override
    public Optional<Continuation> continuationThatStarted(String runId) {
        return continuations.store().startedRun(runId);
    }

    @Override
    public Continuation cancelContinuation(long id, String by) {
        return continuations.cancel(id, by);
    }

    @Override
    public EvidenceStore evidence() {
        return evidence;
    }

    @Override
    public void close() {
        for (ActiveRun run : active.values()) {
            log.info("Host stopping: asking billing run {} to stop", run.runId());
            run.monitor.cancel();
        }
        long deadline = System.nanoTime() + limits.cancelGrace().toNanos();
        for (ActiveRun run : active.values()) {
            try {
                run.done.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (!run.isDone()) {
                stopHard(run, "had not stopped when the host stopped");
            }
        }
        workers.shutdownNow();
    }
}
