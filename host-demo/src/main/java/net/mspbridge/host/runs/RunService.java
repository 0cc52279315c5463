package net.mspbridge.host.runs;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;

import net.mspbridge.host.evidence.EvidenceStore;
import net.mspbridge.host.db.Database;
import net.mspbridge.host.plugins.ExtensionSource;
import net.mspbridge.host.settings.HostContexts;

/**
 * Starts, follows, cancels and records billing runs.
 *
 * <p>At most one run per plugin at a time, across every process that shares the data folder: a
 * second request is refused with {@link RunRefusedException} naming the run under way. Each run
 * gets the plugin's stored settings, is time-boxed ({@link RunLimits}), may be cancelled, and is
 * recorded in the history whatever happens: a plugin exception, a hang or a nonsense report ends
 * it as {@link RunState#FAILED} with a message, and the host goes on.
 *
 * <p>Thread-safe.
 */
public interface RunService extends AutoCloseable {

    /**
     * Starts a run in the background.
     *
     * @return the run as recorded at its start
     * @throws InvalidRunRequestException for an unknown plugin, one without a billing hook, or a
     *                                    date out of range
     * @throws RunRefusedException        when a run of the plugin is under way, or the host runs as
     *                                    many runs as it may
     */
    RunRecord start(RunRequest request);

    /** The run with its live progress while it runs, its report once it has one. */
    Optional<RunRecord> find(String runId);

    /**
     * Waits for a run to finish.
     *
     * @return the finished run, or the running one when the time ran out
     * @throws RunNotFoundException when there is no such run
     */
    RunRecord await(String runId, Duration timeout) throws InterruptedException;

    /**
     * Asks a run to stop; the plugin stops starting new work and reports what it did. Works for
     * runs of other processes too (they see the request within {@link RunLimits#renewEvery()}).
     *
     * @throws RunNotFoundException when there is no such run
     * @throws RunRefusedException  when it has already finished
     */
    RunRecord cancel(String runId);

    /** Records a run that could not start (for the schedule, whose refusals nobody sees otherwise). */
    RunRecord recordRefused(RunRequest request, String reason);

    /** The latest runs first, without their reports. */
    List<RunRecord> history(int limit);

    /**
     * Confirms held drops of a finished run, as {@code by}: every held line, or the one at
     * {@code line} (its index in the report). The confirmations are passed to the plugin's next
     * runs of the same effective date (plugin-api 1.2) until an apply run makes them; confirming a drop twice changes nothing.
     *
     * @return how many confirmations are new
     * @throws RunNotFoundException       when there is no such run
     * @throws InvalidRunRequestException when the run has no report, or the line is not held
     */
    int confirmDrops(String runId, java.util.OptionalInt line, String by);

    /**
     * The plugin's confirmed drops that no apply run has made yet, oldest first, whatever their date. A
     * run is passed only those of its own effective date.
     */
    List<net.mspbridge.api.billing.DropConfirmation> pendingConfirmations(String pluginId);

    /**
     * The confirmations of a run's held lines, in line order: who confirmed each and what became of it;
     * empty when the run has no held line or none was confirmed.
     *
     * @throws RunNotFoundException when there is no such run
     */
    List<HeldLineConfirmation> confirmationsOf(String runId);

    /** Finished apply runs with reports, oldest first, for the chart. */
    List<RunRecord> appliedReports(int limit);

    /**
     * Starts the continuations of deferred runs that are due ({@link Continuation}): an apply run with
     * the deferred run's effective date. One refused because a run of its plugin is under way stays
     * scheduled for the next check. A host calls this every half minute ({@link ContinuationTimer}).
     *
     * @return the runs started
     */
    List<RunRecord> startDueContinuations();

    /** The continuations waiting for their time, soonest first (at most one per plugin). */
    List<Continuation> scheduledContinuations();

    /** The continuations of the given runs, by the run they continue (the newest for each). */
    java.util.Map<String, Continuation> continuationsOf(java.util.Collection<String> runIds);

    /** The continuation that started the run, if one did. */
    Optional<Continuation> continuationThatStarted(String runId);

    /**
     * Cancels a scheduled continuation, as {@code by}: it never runs.
     *
     * @throws RunNotFoundException when there is no such continuation
     * @throws RunRefusedException  when it is no longer scheduled (started, cancelled or superseded)
     */
    Continuation cancelContinuation(long id, String by);

    /** The evidence of the runs: the devices behind their reports, for the runs whose evidence is kept. */
    EvidenceStore evidence();

    /** Cancels the runs of this process and waits for them a short while. */
    @Override
    void close();

    /**
     * @param timer a scheduler for lease renewal and time limits, owned by the caller
     */
    static RunService create(Database database, ExtensionSource extensions, HostContexts contexts, Clock clock,
            RunLimits limits, ScheduledExecutorService timer) {
        return create(database, extensions, contexts, clock, limits, timer,
                EvidenceStore.inDatabase(database, clock, EvidenceStore.DEFAULT_KEPT_RUNS));
    }

    /**
     * @param timer    a scheduler for lease renewal and time limits, owned by the caller
     * @param evidence where each run's plugin writes its evidence, through the context's sink
     */
    static RunService create(Database database, ExtensionSource extensions, HostContexts contexts, Clock clock,
            RunLimits limits, ScheduledExecutorService timer, EvidenceStore evidence) {
        return new DefaultRunService(new RunStore(database, clock), new DropConfirmationStore(database, clock),
                new Continuations(new ContinuationStore(database, clock), clock), extensions, contexts, clock, limits, timer,
                evidence);
    }
}
