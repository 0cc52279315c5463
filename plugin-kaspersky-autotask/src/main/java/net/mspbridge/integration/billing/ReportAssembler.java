package net.mspbridge.integration.billing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.NotCounted;
import net.mspbridge.api.billing.BillingRunRequest;
import net.mspbridge.api.billing.LineOutcome;
import net.mspbridge.api.billing.Problem;
import net.mspbridge.api.billing.ReportLine;
import net.mspbridge.api.billing.RunMode;
import net.mspbridge.api.billing.RunStatus;

/** Turns a plan and what became of its creates into the report the host stores and shows. */
final class ReportAssembler {

    private ReportAssembler() {
    }

    /**
     * @param results    what became of each {@code CREATE} line in an apply run, by pair
     * @param currencies the currency of each line's company: the currency of its price and amount
     * @param stop       why the run stopped early, if it did
     */
    static BillingReport assemble(BillingRunRequest request, List<PlannedLine> lines, Map<PairKey, LineResult> results,
                                  CompanyCurrencies currencies, List<Problem> problems, Optional<Stop> stop) {
        List<ReportLine> report = new ArrayList<>();
        for (PlannedLine line : lines) {
            LineResult result = result(request.mode(), line, results);
            report.add(new ReportLine(line.customer(), line.company(), line.contract(), line.service(), line.applications(),
                    line.category(), line.unitsInForce(), line.unitsWanted(), line.change(), line.unitPrice(),
                    result.outcome(), result.message(), result.reference(), line.shares(), currencies.of(line.company()),
                    line.period()));
        }
        RunStatus status = stop.map(s -> s.kind().status()).orElseGet(() ->
                problems.isEmpty() && report.stream().noneMatch(l -> l.outcome() == LineOutcome.FAILED)
                        ? RunStatus.COMPLETED : RunStatus.COMPLETED_WITH_PROBLEMS);
        // Only an apply run has work a continuation could finish; a preview that stops just reports.
        Optional<java.time.Instant> resumeAfter = request.mode() == RunMode.APPLY && status == RunStatus.DEFERRED
                ? stop.flatMap(Stop::resumeAfter) : Optional.empty();
        return new BillingReport(request.runId(), request.effectiveDate(), request.mode(), status,
                statusMessage(request.mode(), report, problems, stop), report, problems, List.of(), resumeAfter);
    }

    /** A report for a run that stopped before any line was computed. */
    static BillingReport stoppedEarly(BillingRunRequest request, List<Problem> problems, Stop stop) {
        return assemble(request, List.of(), Map.of(), CompanyCurrencies.NONE, problems, Optional.of(stop));
    }

    private static LineResult result(RunMode mode, PlannedLine line, Map<PairKey, LineResult> results) {
        return switch (line.disposition()) {
            case UNCHANGED -> new LineResult(LineOutcome.UNCHANGED, line.message(), "");
            case DEFERRED -> LineResult.deferred(line.message());
            case FAILED -> LineResult.failed(line.message());
            case HELD -> new LineResult(LineOutcome.HELD, line.message(), "");
            case CREATE -> mode == RunMode.PREVIEW
                    ? new LineResult(LineOutcome.PLANNED, line.message(), "")
                    : results.getOrDefault(line.pair(), LineResult.deferred("Not made in this run; the next run will make it."));
        };
    }

    private static String statusMessage(RunMode mode, List<ReportLine> lines, List<Problem> problems, Optional<Stop> stop) {
        Map<LineOutcome, Integer> counts = new EnumMap<>(LineOutcome.class);
        lines.forEach(l -> counts.merge(l.outcome(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        if (mode == RunMode.PREVIEW) {
            parts.add(count(counts.getOrDefault(LineOutcome.PLANNED, 0), "change", "changes") + " planned");
        } else {
            parts.add(count(counts.getOrDefault(LineOutcome.APPLIED, 0), "adjustment", "adjustments") + " applied");
        }
        if (counts.containsKey(LineOutcome.UNCHANGED)) {
            parts.add(counts.get(LineOutcome.UNCHANGED) + " unchanged");
        }
        if (counts.containsKey(LineOutcome.FAILED)) {
            parts.add(counts.get(LineOutcome.FAILED) + " failed");
        }
        if (counts.containsKey(LineOutcome.HELD)) {
            parts.add(counts.get(LineOutcome.HELD) + " held for a person to confirm");
        }
        if (counts.containsKey(LineOutcome.DEFERRED)) {
            parts.add(counts.get(LineOutcome.DEFERRED) + " deferred");
        }
        if (!problems.isEmpty()) {
            parts.add(count(problems.size(), "problem needs", "problems need") + " a person");
        }
        String summary = (mode == RunMode.PREVIEW ? "Preview: " : "") + String.join(", ", parts) + ".";
        return stop.map(s -> s.message() + " " + summary).orElse(summary);
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The report with the devices seen but not counted, which do not change its status: they follow the rules. */
    static BillingReport withNotCounted(BillingReport report, List<NotCounted> notCounted) {
        return new BillingReport(report.runId(), report.effectiveDate(), report.mode(), report.status(),
                report.statusMessage(), report.lines(), report.problems(), notCounted, report.resumeAfter());
    }
}
