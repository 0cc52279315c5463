package net.mspbridge.host.runs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.RunMode;
import net.mspbridge.api.billing.RunStatus;

/**
 * The rules of continuations: when a finished run gets one, what supersedes one, and starting those
 * that are due. A run continues only when it was an apply run, the plugin deferred it
 * ({@link RunStatus#DEFERRED}) and said when the rest may be done ({@code BillingReport.resumeAfter}). One
 * continuation waits per plugin: any apply run of the plugin that starts before it (from the page, the
 * schedule or the command line) does the same work and supersedes it, and a newer deferred run's
 * continuation replaces it. Thread-safe; state changes are conditional updates in the database.
 */
final class Continuations {

    private static final Logger log = LoggerFactory.getLogger(Continuations.class);
    /**
     * A plugin's instant further away than this is not trusted (an hourly budget frees itself within
     * the hour): the run is not continued, and the log says why.
     */
    static final Duration MAX_AHEAD = Duration.ofDays(1);
    /**
     * A claim this old with no run is a process that stopped between claiming and starting (a start takes
     * milliseconds): the continuation is scheduled again rather than lost.
     */
    static final Duration STALE_CLAIM = Duration.ofMinutes(5);
    /** A chain longer than this stops: something keeps spending the budget, and a person should look. */
    static final int MAX_STEPS = 48;

    private final ContinuationStore store;
    private final Clock clock;

    Continuations(ContinuationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** An apply run started: the plugin's waiting continuation, which it makes needless, never runs. */
    void started(RunRecord run) {
        if (run.mode() == RunMode.APPLY && run.trigger() != Trigger.CONTINUATION
                && store.supersede(run.pluginId(), run.runId()) > 0) {
            log.info("Billing run {} supersedes the scheduled continuation of plugin {}", run.runId(), run.pluginId());
        }
    }

    /** A run finished: schedules its continuation when it was deferred with a time to go on. */
    Optional<Continuation> finished(RunRecord run, Optional<BillingReport> report) {
        Optional<Instant> resume = report.filter(r -> run.mode() == RunMode.APPLY && r.status() == RunStatus.DEFERRED)
                .flatMap(BillingReport::resumeAfter);
        if (resume.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (resume.get().isAfter(now.plus(MAX_AHEAD))) {
            log.warn("Billing run {}: plugin {} asks to go on at {}, more than {} ahead; not continued on its own",
                    run.runId(), run.pluginId(), resume.get(), MAX_AHEAD);
            return Optional.empty();
        }
        int step = store.startedRun(run.runId()).map(c -> c.step() + 1).orElse(1);
        if (step > MAX_STEPS) {
            log.warn("Billing run {} is continuation {} of plugin {}: no further continuation; start one when the budget"
                    + " allows", run.runId(), step - 1, run.pluginId());
            return Optional.empty();
        }
        Instant due = resume.get().isBefore(now) ? now : resume.get();
        Continuation scheduled = store.schedule(run.pluginId(), run.effectiveDate(), due, run.runId(), step);
        log.info("Billing run {} deferred: continuation {} at {}", run.runId(), scheduled.id(), due);
        return Optional.of(scheduled);
    }

    /**
     * Starts the continuations that are due. One refused because a run of its plugin is under way stays
     * scheduled and is tried at the next check; one that cannot start at all is recorded with why.
     */
    List<RunRecord> startDue(RunService runs) {
        if (store.reviveStale(STALE_CLAIM) > 0) {
            log.warn("Continuations claimed by a process that stopped before starting them are scheduled again");
        }
        List<RunRecord> started = new ArrayList<>();
        for (Continuation due : store.due()) {
            if (!store.claim(due.id())) {
                continue;
            }
            try {
                RunRecord run = runs.start(due.request());
                store.started(due.id(), run.runId());
                started.add(run);
            } catch (RunRefusedException e) {
                store.unclaim(due.id());
                log.info("Continuation {} of plugin {} waits: {}", due.id(), due.pluginId(), e.getMessage());
            } catch (RunException e) {
                store.notStarted(due.id(), e.getMessage());
                log.warn("Continuation {} of plugin {} could not start: {}", due.id(), due.pluginId(), e.getMessage());
            }
        }
        return started;
    }

    /**
     * Cancels a scheduled continuation as {@code by}.
     *
     * @throws RunNotFoundException when there is no such continuation
     * @throws RunRefusedException  when it is no longer scheduled (started, cancelled or superseded)
     */
    Continuation cancel(long id, String by) {
        Continuation found = store.find(id).orElseThrow(() -> RunNotFoundException.continuation(id));
        if (!store.cancel(id, by)) {
            Continuation now = store.find(id).orElse(found);
            throw new RunRefusedException("continuation " + id + " can no longer be cancelled: it is "
                    + now.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), now.runId().orElse(null));
        }
        log.info("Continuation {} of plugin {} cancelled by {}", id, found.pluginId(), by);
        return store.find(id).orElseThrow();
    }

    ContinuationStore store() {
        return store;
    }
}
