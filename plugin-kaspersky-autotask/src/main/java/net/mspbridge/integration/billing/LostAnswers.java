package net.mspbridge.integration.billing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import net.mspbridge.api.billing.LineOutcome;

/**
 * Settles creates whose outcome is unknown, without ever sending them again: those whose answer was
 * lost, and those Autotask answered with HTTP 500 and its messages (a validation refusal, or its own
 * fault that may come after the change was saved: see "Errors and limits" in the project's Autotask
 * reference, and {@link ServerErrorOnCreateException} for the public sources). The units of their
 * contracts are read again (batched, like every read, all of them together) and each pair is judged
 * from what Autotask now holds on the effective date.
 * <ul>
 *   <li>the units wanted: the adjustment was made ({@code APPLIED}, its id unknown);</li>
 *   <li>the units before: it was not made. A lost answer is {@code DEFERRED} (the next run makes
 *       it); a 500 is {@code FAILED} as a refusal, quoting Autotask's message;</li>
 *   <li>anything else, or the units cannot be read: {@code FAILED}, saying what to check.</li>
 * </ul>
 * Reads happen even after cancellation: they change nothing and settle the report.
 */
final class LostAnswers {

    /**
     * What became of one create.
     *
     * @param result  the line's outcome and message
     * @param refused whether Autotask refused it: a 500 whose change is not in force
     */
    record Settled(LineResult result, boolean refused) {
    }

    private LostAnswers() {
    }

    /** @param unsettled attempts of kind {@code UNKNOWN} or {@code SERVER_ERROR} */
    static Map<PairKey, Settled> settle(AutotaskPort port, Collection<AdjustmentApplier.Attempt> unsettled, LocalDate date,
            Progress progress) {
        SortedSet<Long> contracts = new TreeSet<>();
        unsettled.forEach(attempt -> contracts.add(attempt.line().pair().contractId()));
        List<List<Long>> batches = Batches.of(contracts);
        progress.expect(batches.size());
        Map<PairKey, Settled> results = new HashMap<>();
        for (List<Long> batch : batches) {
            List<AdjustmentApplier.Attempt> attempts = unsettled.stream()
                    .filter(a -> batch.contains(a.line().pair().contractId())).toList();
            progress.step("Checking adjustments whose outcome is unknown");
            List<UnitsRow> rows;
            try {
                rows = port.serviceUnits(batch, date);
            } catch (RuntimeException e) {
                String why = e instanceof AutotaskPortException ? e.getMessage() : e.getClass().getSimpleName();
                attempts.forEach(a -> results.put(a.line().pair(), new Settled(LineResult.failed(
                        what(a) + " and the units could not be read again (" + why + "): " + check(a.line(), date)), false)));
                progress.advance("Checked adjustments whose outcome is unknown");
                continue;
            }
            Map<PairKey, UnitTimeline> timelines = UnitTimeline.byPair(rows);
            for (AdjustmentApplier.Attempt attempt : attempts) {
                PairKey pair = attempt.line().pair();
                results.put(pair, judge(attempt, timelines.getOrDefault(pair, UnitTimeline.EMPTY), date));
            }
            progress.advance("Checked adjustments whose outcome is unknown");
        }
        return results;
    }

    private static Settled judge(AdjustmentApplier.Attempt attempt, UnitTimeline timeline, LocalDate date) {
        PlannedLine line = attempt.line();
        if (timeline.ambiguousOn(date)) {
            return new Settled(LineResult.failed(what(attempt) + ", and reading the units again shows more than one row on "
                    + date + ": " + check(line, date)), false);
        }
        int now = timeline.unitsOn(date);
        boolean serverError = attempt.kind() == AdjustmentApplier.Kind.SERVER_ERROR;
        if (now == line.unitsWanted()) {
            return new Settled(new LineResult(LineOutcome.APPLIED, what(attempt)
                    + "; reading the units again shows the change in force (" + now + " units).", ""), false);
        }
        if (now == line.unitsInForce() && serverError) {
            return new Settled(LineResult.failed("Autotask refused " + line.request(date).describe() + ": " + attempt.message()
                    + " (HTTP 500; reading the units again shows it was not made: still " + now + " units)."), true);
        }
        if (now == line.unitsInForce()) {
            return new Settled(LineResult.deferred("Autotask's answer was lost and the change is not in force (still " + now
                    + " units). It was not sent again, as that could bill twice; the next run will finish it."), false);
        }
        return new Settled(LineResult.failed(what(attempt) + ", and the units on " + date + " are now " + now
                + ", neither the " + line.unitsInForce() + " before nor the " + line.unitsWanted() + " wanted: "
                + check(line, date)), false);
    }

    /** How the create ended, for the start of a line's message. */
    private static String what(AdjustmentApplier.Attempt attempt) {
        return attempt.kind() == AdjustmentApplier.Kind.SERVER_ERROR
                ? "Autotask answered HTTP 500 (" + attempt.message() + ")"
                : "Autotask's answer was lost";
    }

    private static String check(PlannedLine line, LocalDate date) {
        return "check in Autotask whether an adjustment of " + (line.change() > 0 ? "+" : "") + line.change()
                + " units dated " + date + " is on " + line.subject() + ". The next run works from Autotask's units, "
                + "so it will not add this change twice.";
    }
}
