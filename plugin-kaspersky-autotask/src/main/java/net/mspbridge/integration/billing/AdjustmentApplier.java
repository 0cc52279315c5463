package net.mspbridge.integration.billing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import net.mspbridge.api.billing.RunMonitor;

/**
 * Creates a run's adjustments, up to {@link #PARALLEL} at a time on a pool of that many threads
 * owned by this call. Only the port calls run on the pool; every decision (when to stop, what
 * each answer means) is taken on the run's thread, so no state is shared.
 *
 * <p>Before each create it checks for cancellation and renews the run's lease; once the run is
 * cancelled, out of API budget, or Autotask is unusable, it starts no new create, lets those
 * under way finish and marks the rest as not sent. It waits at most {@code wait} for the next
 * answer; creates still without one then count as lost answers (settled by re-reading).
 */
final class AdjustmentApplier {

    /** Autotask allows three concurrent threads per integration and endpoint. */
    static final int PARALLEL = 3;

    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

    enum Kind {
        /** Autotask made it. */
        APPLIED,
        /** Autotask refused it; nothing was made. */
        REFUSED,
        /** Sent, answer lost: settle by re-reading. */
        UNKNOWN,
        /**
         * Autotask answered 500 with its messages (the attempt's message): a refusal, or its own fault
         * after the change was saved. Settled by re-reading like {@link #UNKNOWN}; a refusal only if
         * the units did not move.
         */
        SERVER_ERROR,
        /** Not sent (not started, or the port made no call). */
        NOT_SENT
    }

    /**
     * @param line         the planned line
     * @param kind         what happened
     * @param adjustmentId Autotask's id when applied, else 0
     * @param message      Autotask's or the run's message (for {@code SERVER_ERROR}: Autotask's messages only)
     * @param stop         for a create the port did not make because of a run-wide condition
     */
    record Attempt(PlannedLine line, Kind kind, long adjustmentId, String message, Optional<Stop> stop) {
        Attempt {
            Objects.requireNonNull(line, "line");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(stop, "stop");
        }
    }

    /** Every create's attempt, by pair, and why the run stopped early if it did. */
    record Result(Map<PairKey, Attempt> attempts, Optional<Stop> stop) {
    }

    private final AutotaskPort port;
    private final RunMonitor monitor;
    private final Progress progress;
    private final RunLease lease;
    private final Duration wait;
    private final LocalDate date;

    AdjustmentApplier(AutotaskPort port, RunMonitor monitor, Progress progress, RunLease lease, Duration wait, LocalDate date) {
        this.port = port;
        this.monitor = monitor;
        this.progress = progress;
        this.lease = lease;
        this.wait = wait;
        this.date = date;
    }

    Result apply(List<PlannedLine> creates) {
        progress.expect(creates.size());
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL, threads());
        try {
            return apply(creates, new ExecutorCompletionService<>(pool));
        } finally {
            pool.shutdownNow();
            awaitTermination(pool);
        }
    }

    private Result apply(List<PlannedLine> creates, CompletionService<Attempt> completions) {
        Map<PairKey, Attempt> attempts = new LinkedHashMap<>();
        Map<Future<Attempt>, PlannedLine> inFlight = new LinkedHashMap<>();
        Stop stop = null;
        int next = 0;
        while (true) {
            while (stop == null && next < creates.size() && inFlight.size() < PARALLEL) {
                if (monitor.isCancelled()) {
                    stop = new Stop(Stop.Kind.CANCELLED, "The run was cancelled; changes not yet made were left for the next run.");
                } else if (!lease.renewIfDue()) {
                    stop = new Stop(Stop.Kind.LEASE_LOST, "The run lost its claim to be the only billing run (its lease "
                            + "lapsed), so it stopped creating adjustments. Run it again.");
                } else {
                    PlannedLine line = creates.get(next++);
                    progress.step("Creating adjustments");
                    inFlight.put(completions.submit(() -> attempt(line)), line);
                }
            }
            if (inFlight.isEmpty()) {
                break;
            }
            Future<Attempt> answered;
            try {
                answered = completions.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                answered = null;
                if (stop == null) {
                    stop = new Stop(Stop.Kind.CANCELLED, "The run was interrupted; changes not yet made were left for the next run.");
                }
            }
            if (answered == null) {
                // No answer within the bound: those under way may or may not be made.
                for (Map.Entry<Future<Attempt>, PlannedLine> entry : inFlight.entrySet()) {
                    entry.getKey().cancel(true);
                    attempts.put(entry.getValue().pair(), new Attempt(entry.getValue(), Kind.UNKNOWN, 0,
                            "Autotask gave no answer within " + wait.toSeconds() + " seconds.", Optional.empty()));
                }
                inFlight.clear();
                if (stop == null) {
                    stop = new Stop(Stop.Kind.NO_ANSWER, "Autotask gave no answer to a create within "
                            + wait.toSeconds() + " seconds, so the run stopped creating adjustments. Run it again later.");
                }
                break;
            }
            PlannedLine line = inFlight.remove(answered);
            Attempt attempt = outcome(answered, line);
            attempts.put(line.pair(), attempt);
            if (stop == null && attempt.stop().isPresent()) {
                stop = attempt.stop().get();
            }
            progress.advance("Creating adjustments");
        }
        for (PlannedLine line : creates.subList(next, creates.size())) {
            attempts.put(line.pair(), new Attempt(line, Kind.NOT_SENT, 0, Objects.requireNonNull(stop).lineMessage(),
                    Optional.empty()));
        }
        return new Result(attempts, Optional.ofNullable(stop));
    }

    /** One create, on a pool thread: every answer becomes a value, so nothing is thrown across threads. */
    private Attempt attempt(PlannedLine line) {
        try {
            long id = port.createAdjustment(line.request(date));
            return new Attempt(line, Kind.APPLIED, id, "", Optional.empty());
        } catch (AdjustmentRefusedException e) {
            return new Attempt(line, Kind.REFUSED, 0, e.getMessage(), Optional.empty());
        } catch (ServerErrorOnCreateException e) {
            return new Attempt(line, Kind.SERVER_ERROR, 0, String.join("; ", e.errors()), Optional.empty());
        } catch (OutcomeUnknownException e) {
            return new Attempt(line, Kind.UNKNOWN, 0, e.getMessage(), Optional.empty());
        } catch (BudgetLimitException e) {
            Stop stop = Stop.budget("The run stopped creating adjustments to spare the shared hourly "
                    + "Autotask API budget (" + e.getMessage() + "). The next run, once the budget allows, makes the rest.",
                    e.resumeAfter());
            return new Attempt(line, Kind.NOT_SENT, 0, stop.lineMessage(), Optional.of(stop));
        } catch (AutotaskPortUnavailableException e) {
            Stop stop = new Stop(Stop.Kind.UNAVAILABLE, "Autotask could not be used, so the run stopped creating "
                    + "adjustments: " + e.getMessage());
            return new Attempt(line, Kind.NOT_SENT, 0, stop.lineMessage(), Optional.of(stop));
        } catch (RuntimeException e) {
            // A defect of the adapter: it may have sent the request, so treat it as a lost answer.
            return new Attempt(line, Kind.UNKNOWN, 0, "The Autotask client failed unexpectedly (" + e.getClass().getSimpleName() + ").", Optional.empty());
        }
    }

    private static Attempt outcome(Future<Attempt> answered, PlannedLine line) {
        try {
            return answered.get();
        } catch (ExecutionException e) {
            return new Attempt(line, Kind.UNKNOWN, 0, "The Autotask client failed unexpectedly (" + e.getCause().getClass().getSimpleName() + ").", Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(line, Kind.UNKNOWN, 0, "The run was interrupted while waiting for Autotask.", Optional.empty());
        }
    }

    private static ThreadFactory threads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "billing-create-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void awaitTermination(ExecutorService pool) {
        try {
            pool.awaitTermination(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
