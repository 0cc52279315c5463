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
 * Settles creates whose answer was lost, without ever sending them again: the units of their
 * contracts are read again (batched, like every read) and each pair is judged from what Autotask
 * now holds on the effective date.
 * <ul>
 *   <li>the units wanted: the adjustment was made ({@code APPLIED}, its id unknown);</li>
 *   <li>the units before: it was not made ({@code DEFERRED}: the next run makes it);</li>
 *   <li>anything else, or the units cannot be read: {@code FAILED}, saying what to check.</li>
 * </ul>
 * Reads happen even after cancellation: they change nothing and settle the report.
 */
final class LostAnswers {

    private LostAnswers() {
    }

    static Map<PairKey, LineResult> settle(AutotaskPort port, Collection<PlannedLine> lost, LocalDate date, Progress progress) {
        SortedSet<Long> contracts = new TreeSet<>();
        lost.forEach(line -> contracts.add(line.pair().contractId()));
        List<List<Long>> batches = Batches.of(contracts);
        progress.expect(batches.size());
        Map<PairKey, LineResult> results = new HashMap<>();
        for (List<Long> batch : batches) {
            List<PlannedLine> lines = lost.stream().filter(l -> batch.contains(l.pair().contractId())).toList();
            progress.step("Checking adjustments whose answer was lost");
            List<UnitsRow> rows;
            try {
                rows = port.serviceUnits(batch, date);
            } catch (RuntimeException e) {
                String why = e instanceof AutotaskPortException ? e.getMessage() : e.getClass().getSimpleName();
                lines.forEach(line -> results.put(line.pair(), LineResult.failed(unreadable(line, date, why))));
                progress.advance("Checked adjustments whose answer was lost");
                continue;
            }
            Map<PairKey, UnitTimeline> timelines = UnitTimeline.byPair(rows);
            for (PlannedLine line : lines) {
                results.put(line.pair(), judge(line, timelines.getOrDefault(line.pair(), UnitTimeline.EMPTY), date));
            }
            progress.advance("Checked adjustments whose answer was lost");
        }
        return results;
    }

    private static LineResult judge(PlannedLine line, UnitTimeline timeline, LocalDate date) {
        if (timeline.ambiguousOn(date)) {
            return LineResult.failed("Autotask's answer was lost, and reading the units again shows more than one row on "
                    + date + ": " + check(line, date));
        }
        int now = timeline.unitsOn(date);
        if (now == line.unitsWanted()) {
            return new LineResult(LineOutcome.APPLIED,
                    "Autotask's answer was lost; reading the units again shows the change in force (" + now + " units).", "");
        }
        if (now == line.unitsInForce()) {
            return LineResult.deferred("Autotask's answer was lost and the change is not in force (still " + now
                    + " units). It was not sent again, as that could bill twice; the next run will finish it.");
        }
        return LineResult.failed("Autotask's answer was lost, and the units on " + date + " are now " + now
                + ", neither the " + line.unitsInForce() + " before nor the " + line.unitsWanted() + " wanted: " + check(line, date));
    }

    private static String unreadable(PlannedLine line, LocalDate date, String why) {
        return "Autotask's answer was lost and the units could not be read again (" + why + "): " + check(line, date);
    }

    private static String check(PlannedLine line, LocalDate date) {
        return "check in Autotask whether an adjustment of " + (line.change() > 0 ? "+" : "") + line.change()
                + " units dated " + date + " is on " + line.subject() + ". The next run works from Autotask's units, "
                + "so it will not add this change twice.";
    }
}
