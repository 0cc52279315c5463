package net.mspbridge.integration.billing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

import net.mspbridge.api.billing.RunMonitor;
import net.mspbridge.integration.kaspersky.CustomerUsage;
import net.mspbridge.integration.kaspersky.UsageReading;

/**
 * The creates of an apply run made while Kaspersky usage is still being read. Once Autotask is read,
 * a contract whose customers' usage is all in has everything its lines need, so it is planned and its
 * adjustments made then, wave after wave as customers come in, instead of after the last virtual
 * server of a large Security Center.
 *
 * <p>A wave plans from the customers in so far, with the same inputs as the run's full plan, and
 * takes only the lines of contracts all of whose customers with billing on are in (read, or failed
 * on their own); a contract with a customer not yet in, or none at all (units billed before on a
 * contract no mapping names), is left to the full plan. So a wave's lines are the full plan's lines
 * for those contracts, and the run, planning everything once usage is complete, makes only the
 * creates no wave made. Each wave records its pairs and creates through the run's {@link CreateStep}, as
 * the final apply does. Run thread only.
 */
final class EarlyCreates {

    /** How long the run waits for another customer before it looks whether the reading has ended. */
    private static final Duration POLL = Duration.ofMillis(200);

    /**
     * What the waves did.
     *
     * @param attempts every create a wave passed to the applier, by pair
     * @param lines    the lines of the contracts the waves planned, in the order planned
     * @param stop     why the waves stopped creating, if they did: the run makes no more creates
     */
    record Result(Map<PairKey, AdjustmentApplier.Attempt> attempts, List<PlannedLine> lines, Optional<Stop> stop) {

        static Result none() {
            return new Result(Map.of(), List.of(), Optional.empty());
        }

        /** Whether any create was sent (or may have been). */
        boolean sentAny() {
            return EarlyCreates.sentAny(attempts);
        }
    }

    private static boolean sentAny(Map<PairKey, AdjustmentApplier.Attempt> attempts) {
        return attempts.values().stream().anyMatch(a -> a.kind() != AdjustmentApplier.Kind.NOT_SENT);
    }

    private final Map<Long, Set<String>> customersByContract;
    private final Function<UsageReading, Plan> planner;
    private final CreateStep creates;
    private final RunMonitor monitor;

    /**
     * @param customersByContract the run's contracts, each with the ids of every customer mapped to it with
     *                            billing on
     * @param planner             the reconciliation with every input but usage fixed
     * @param creates             records a wave's pairs and makes its creates, as the final apply does
     */
    EarlyCreates(Map<Long, Set<String>> customersByContract, Function<UsageReading, Plan> planner, CreateStep creates,
                 RunMonitor monitor) {
        this.customersByContract = customersByContract;
        this.planner = planner;
        this.creates = creates;
        this.monitor = monitor;
    }

    /** Creates wave after wave until the reading has ended, the run is cancelled, or a wave stops. */
    Result run(SideRead<?> reading, UsageSoFar soFar) {
        Map<PairKey, AdjustmentApplier.Attempt> attempts = new HashMap<>();
        List<PlannedLine> lines = new ArrayList<>();
        Set<Long> handled = new HashSet<>();
        int seen = 0;
        while (!reading.isDone() && !monitor.isCancelled()) {
            int done;
            try {
                done = soFar.awaitMoreThan(seen, POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (done == seen) {
                continue;
            }
            seen = done;
            UsageReading now = soFar.snapshot();
            SortedSet<Long> ready = ready(now, handled);
            if (ready.isEmpty()) {
                continue;
            }
            handled.addAll(ready);
            Plan plan = planner.apply(now);
            List<PlannedLine> wave = new ArrayList<>();
            List<PairKey> recorded = new ArrayList<>();
            plan.seenWithUnits().stream().filter(pair -> ready.contains(pair.contractId())).forEach(recorded::add);
            for (PlannedLine line : plan.lines()) {
                if (ready.contains(line.pair().contractId())) {
                    lines.add(line);
                    if (line.disposition() == Disposition.CREATE) {
                        wave.add(line);
                        recorded.add(line.pair());
                    }
                }
            }
            if (wave.isEmpty()) {
                continue;
            }
            AdjustmentApplier.Result applied = creates.recordThenCreate(recorded, wave, sentAny(attempts));
            attempts.putAll(applied.attempts());
            if (applied.stop().isPresent()) {
                return new Result(attempts, lines, applied.stop());
            }
        }
        return new Result(attempts, lines, Optional.empty());
    }

    /** The contracts not handled yet all of whose customers are in. */
    private SortedSet<Long> ready(UsageReading now, Set<Long> handled) {
        Set<String> in = new HashSet<>(now.failures().keySet());
        now.usage().stream().map(CustomerUsage::customer).forEach(c -> in.add(c.id()));
        SortedSet<Long> ready = new TreeSet<>();
        customersByContract.forEach((contractId, customers) -> {
            if (!handled.contains(contractId) && in.containsAll(customers)) {
                ready.add(contractId);
            }
        });
        return ready;
    }
}
