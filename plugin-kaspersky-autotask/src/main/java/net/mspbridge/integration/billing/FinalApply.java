package net.mspbridge.integration.billing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.BillingRunRequest;
import net.mspbridge.api.billing.LineOutcome;
import net.mspbridge.api.billing.Problem;

/**
 * The end of an apply run, after the early waves: the plan's creates no wave made go through the
 * {@link CreateStep}, every create is settled, lines a stop kept from being made are marked
 * deferred, the pairs no longer billed are dropped from the record, the customers with usage are
 * recorded for the drop rule ({@link CustomersWithUsage}), and the report is assembled.
 * Run thread only.
 */
final class FinalApply {

    private static final Logger log = LoggerFactory.getLogger(FinalApply.class);

    private final BillingRunRequest request;
    private final CreateStep creates;
    private final CustomersWithUsage withUsage;
    private final CompanyCurrencies currencies;

    FinalApply(BillingRunRequest request, CreateStep creates, CustomersWithUsage withUsage, CompanyCurrencies currencies) {
        this.request = request;
        this.creates = creates;
        this.withUsage = withUsage;
        this.currencies = currencies;
    }

    /**
     * Makes the plan's creates that no early wave made, settles lost answers and drops from the record
     * what is no longer billed. A wave's creates are the plan's own lines (same inputs); should one
     * differ, it is logged as the defect it is and not made again.
     */
    BillingReport complete(Plan plan, List<Problem> problems, EarlyCreates.Result early) {
        Map<PairKey, AdjustmentApplier.Attempt> attempts = new HashMap<>(early.attempts());
        List<PlannedLine> planned = plan.lines(Disposition.CREATE);
        checkAgainstPlan(early, planned);
        Optional<Stop> stop = early.stop();
        if (stop.isEmpty()) {
            List<PlannedLine> rest = planned.stream().filter(line -> !attempts.containsKey(line.pair())).toList();
            List<PairKey> recorded = new ArrayList<>(plan.seenWithUnits());
            rest.forEach(line -> recorded.add(line.pair()));
            AdjustmentApplier.Result applied = creates.recordThenCreate(recorded, rest, early.sentAny());
            attempts.putAll(applied.attempts());
            stop = applied.stop();
        }
        Map<PairKey, LineResult> results = creates.settle(attempts, problems);
        stop.ifPresent(s -> deferUnmade(planned, s, results, problems));
        if (stop.filter(s -> s.kind() == Stop.Kind.STORE).isEmpty()) {
            // Every pair created was recorded before; what is left is to drop the pairs no longer billed.
            creates.forget(plan.forget(), problems);
            creates.remember(withUsage, plan.hadUsage(), problems);
        }
        return ReportAssembler.assemble(request, plan.lines(), results, currencies, problems, stop);
    }

    /**
     * The report of an apply run whose usage reading ended early (cancelled, or the server stopped
     * answering) after waves had made changes: the lines of the contracts the waves planned, with what
     * became of their creates. The other customers are left for the next run; nothing is dropped from
     * the record, which needs the whole plan.
     */
    BillingReport partial(EarlyCreates.Result early, List<Problem> readProblems, Stop stop) {
        List<Problem> problems = new ArrayList<>(readProblems);
        Map<PairKey, LineResult> results = creates.settle(new HashMap<>(early.attempts()), problems);
        List<PlannedLine> lines = new ArrayList<>(early.lines());
        lines.sort(Comparator.comparing(PlannedLine::pair));
        Stop shown = early.stop().orElse(stop);
        deferUnmade(lines.stream().filter(l -> l.disposition() == Disposition.CREATE).toList(), shown, results, problems);
        if (early.stop().isPresent() && stop.kind() != Stop.Kind.CANCELLED) {
            stop.problem(0).ifPresent(problems::add);
        }
        return ReportAssembler.assemble(request, lines, results, currencies, problems, Optional.of(shown));
    }

    /** A stop's problem, counting the creates it kept from being made, and their lines marked deferred. */
    private static void deferUnmade(List<PlannedLine> planned, Stop stop, Map<PairKey, LineResult> results,
            List<Problem> problems) {
        int notMade = 0;
        for (PlannedLine line : planned) {
            LineResult result = results.get(line.pair());
            if (result == null) {
                results.put(line.pair(), LineResult.deferred(stop.lineMessage()));
            }
            if (result == null || result.outcome() == LineOutcome.DEFERRED) {
                notMade++;
            }
        }
        stop.problem(notMade).ifPresent(problems::add);
    }

    /** A wave's create must be the plan's: the same pair, a create, the same change. */
    private void checkAgainstPlan(EarlyCreates.Result early, List<PlannedLine> planned) {
        if (early.attempts().isEmpty()) {
            return;
        }
        Map<PairKey, PlannedLine> byPair = new HashMap<>();
        planned.forEach(line -> byPair.put(line.pair(), line));
        early.attempts().forEach((pair, attempt) -> {
            PlannedLine line = byPair.get(pair);
            if (line == null || line.change() != attempt.line().change()) {
                log.error("Billing run {}: the early create for contract {} service {} ({}) is not the full plan's ({});"
                        + " it is not made again", request.runId(), pair.contractId(), pair.serviceId(),
                        attempt.line().change(), line == null ? "no create" : line.change());
            }
        });
    }
}
