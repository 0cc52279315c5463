package net.mspbridge.integration.billing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import net.mspbridge.api.StoreException;
import net.mspbridge.api.billing.LineOutcome;
import net.mspbridge.api.billing.Problem;
import net.mspbridge.api.billing.ProblemKind;
import net.mspbridge.api.billing.RunMonitor;
import net.mspbridge.api.host.PluginStore;

/**
 * The one way an apply run changes Autotask: record the pairs, then create, then settle what came of
 * each create. The early waves ({@link EarlyCreates}) and the final apply ({@link FinalApply}) both go
 * through it, so a create is never made without its pair recorded first. Run thread only; serves one
 * run.
 */
final class CreateStep {

    private final AutotaskPort port;
    private final BilledPairs billed;
    private final PluginStore store;
    private final RunMonitor monitor;
    private final Progress progress;
    private final RunLease lease;
    private final Duration createWait;
    private final LocalDate date;

    CreateStep(AutotaskPort port, BilledPairs billed, PluginStore store, RunMonitor monitor, Progress progress,
               RunLease lease, Duration createWait, LocalDate date) {
        this.port = port;
        this.billed = billed;
        this.store = store;
        this.monitor = monitor;
        this.progress = progress;
        this.lease = lease;
        this.createWait = createWait;
        this.date = date;
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
    AdjustmentApplier.Result recordThenCreate(List<PairKey> recorded, List<PlannedLine> creates, boolean changedBefore) {
        try {
            billed.update(store, recorded, List.of());
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
     * What became of each create: made, refused (a problem), lost or answered with a 500 (both settled
     * together by re-reading) or not sent.
     */
    Map<PairKey, LineResult> settle(Map<PairKey, AdjustmentApplier.Attempt> attempts, List<Problem> problems) {
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

    /**
     * Drops from the record the pairs no longer billed, once every create is settled. A failure here
     * costs nothing but a problem: billing is not affected and the next run drops them.
     */
    void forget(List<PairKey> forget, List<Problem> problems) {
        progress.step("Recording billed services");
        try {
            billed.update(store, List.of(), forget);
        } catch (StoreException e) {
            problems.add(new Problem(ProblemKind.OTHER, "Plugin store", "The plugin could not drop " + forget.size()
                    + " service(s) no longer billed from its record (" + e.getMessage() + "). Billing is not affected: "
                    + "the next run drops them. Check the host's storage if this repeats.", 0));
        }
    }

    /**
     * Records the customers with usage for the next run's drop rule. A failure costs a problem: this
     * run's billing is not affected, and the next run judges silent customers from the older record.
     */
    void remember(CustomersWithUsage record, Map<String, Set<Long>> hadUsage, List<Problem> problems) {
        try {
            record.replace(store, hadUsage);
        } catch (StoreException e) {
            problems.add(new Problem(ProblemKind.OTHER, "Plugin store", "The plugin could not record which customers "
                    + "had usage in this run (" + e.getMessage() + "). Billing is not affected; the next run judges "
                    + "sudden drops from the earlier record. Check the host's storage if this repeats.", 0));
        }
    }

    private static Problem refused(PlannedLine line, String message) {
        return new Problem(ProblemKind.ADJUSTMENT_REFUSED, line.subject(), message
                + " Fix the cause in Autotask (or the mapping) and run billing again.", Math.abs(line.change()));
    }
}
