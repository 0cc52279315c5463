package net.mspbridge.host.reliability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.LineOutcome;
import net.mspbridge.api.billing.ReportLine;
import net.mspbridge.api.billing.RunMode;
import net.mspbridge.host.sandbox.autotask.AtAdjustment;
import net.mspbridge.host.sandbox.autotask.AutotaskData;

/**
 * The oracle of a seeded scenario: the units every pair started with, and what each run may have
 * done to them, checked against the Autotask sandbox's own state after every run.
 *
 * <ul>
 *   <li>After any run, faults or not: a pair billing does not target is untouched; a targeted pair is
 *       either where it was or exactly at its target (a run computes one change per pair from the units
 *       it read, so anything else is a change sent twice or a wrong count); no pair gets two adjustments
 *       in one run; a preview changes nothing; the report says what happened: {@code APPLIED} only
 *       on a pair that received an adjustment in that run, and no other outcome on one that did
 *       ({@link #checkReport}).</li>
 *   <li>After the clean run: every targeted pair is at its target, and the adjustments received per
 *       pair add up to (target - starting units). {@code lost} counts units missing, {@code doubled}
 *       units too many, at any point.</li>
 *   <li>Once a contract is watched as flapping ({@link #watchFlapping}), no run ever makes an
 *       adjustment with negative units on it: its usage never really falls, so any credit there is
 *       a silent virtual server's drop sent (issue 15). Counted in {@link #flappingCredits()}.</li>
 * </ul>
 * Not thread-safe: one per scenario.
 */
final class Ledger {

    /** What a line says when the run could not tell whether its create was made. */
    private static final String CANNOT_TELL = "check in Autotask whether";

    private final LocalDate day;
    private final Map<Pair, Integer> start;
    private final List<String> violations = new ArrayList<>();
    private long lost;
    private long doubled;
    private Long flapping;
    private long flappingCredits;

    Ledger(AutotaskData before, LocalDate day, Set<Pair> targeted) {
        this.day = day;
        this.start = Pair.units(before, day, targeted);
    }

    List<String> violations() {
        return List.copyOf(violations);
    }

    long lost() {
        return lost;
    }

    long doubled() {
        return doubled;
    }

    /** From now on, every credit on this contract is a violation. */
    void watchFlapping(long contractId) {
        flapping = contractId;
    }

    /** The adjustments with negative units made on the flapping contract while it was watched. */
    long flappingCredits() {
        return flappingCredits;
    }

    /** Checks one run, faults or not, against the targets in force while it ran. */
    void afterRun(String run, RunMode mode, AutotaskData before, AutotaskData after, Map<Pair, Integer> targets) {
        Map<Pair, Integer> was = Pair.units(before, day, targets.keySet());
        Map<Pair, Integer> now = Pair.units(after, day, targets.keySet());
        List<AtAdjustment> made = after.adjustments().subList(before.adjustments().size(), after.adjustments().size());
        if (mode == RunMode.PREVIEW && !made.isEmpty()) {
            violations.add(run + ": a preview created " + made.size() + " adjustment(s)");
        }
        Map<Pair, Integer> creates = new TreeMap<>();
        made.forEach(a -> creates.merge(Pair.of(a), 1, Integer::sum));
        made.stream().filter(a -> flapping != null && a.contractID() == flapping && a.unitChange() < 0).forEach(a -> {
            flappingCredits++;
            violations.add(run + ": a credit of " + a.unitChange() + " units on " + Pair.of(a)
                    + ", whose virtual server only flapped (its usage never fell)");
        });
        creates.forEach((pair, count) -> {
            if (count > 1) {
                violations.add(run + ": " + count + " adjustments on " + pair + " in one run");
            }
        });
        Set<Pair> pairs = new TreeSet<>(was.keySet());
        pairs.addAll(now.keySet());
        for (Pair pair : pairs) {
            int from = was.getOrDefault(pair, 0);
            int to = now.getOrDefault(pair, 0);
            Integer target = targets.get(pair);
            if (to == from) {
                continue;
            }
            if (target == null) {
                violations.add(run + ": " + pair + ", which billing must never touch, went from " + from + " to " + to);
            } else if (to != target) {
                violations.add(run + ": " + pair + " went from " + from + " to " + to + ", neither where it was nor its target "
                        + target);
                count(to, target);
            }
        }
    }

    /**
     * Checks that a run's report says what happened in Autotask: a line is {@code APPLIED} only when its
     * pair received an adjustment in that run, and a pair that received one is never reported refused,
     * deferred, unchanged or planned. A {@code FAILED} line that says it cannot tell (the units could
     * not be read again: "check in Autotask whether ...") is honest either way.
     */
    void checkReport(String run, BillingReport report, AutotaskData before, AutotaskData after) {
        Set<Pair> adjusted = new TreeSet<>();
        after.adjustments().subList(before.adjustments().size(), after.adjustments().size()).forEach(a -> adjusted.add(Pair.of(a)));
        for (ReportLine line : report.lines()) {
            Optional<Pair> pair = Pair.of(line);
            if (pair.isEmpty()) {
                continue;
            }
            boolean made = adjusted.contains(pair.get());
            LineOutcome outcome = line.outcome();
            if (outcome == LineOutcome.APPLIED && !made) {
                violations.add(run + ": the report says APPLIED on " + pair.get() + " but no adjustment was made: "
                        + line.message());
            } else if (outcome != LineOutcome.APPLIED && made && !line.message().contains(CANNOT_TELL)) {
                violations.add(run + ": the report says " + outcome + " on " + pair.get() + " but an adjustment was made: "
                        + line.message());
            }
        }
    }

    /** Checks the state after the clean run: everything at its target, the adjustments adding up. */
    void afterCleanRun(AutotaskData after, Map<Pair, Integer> targets) {
        Map<Pair, Integer> now = Pair.units(after, day, targets.keySet());
        Map<Pair, Integer> adjusted = Pair.adjusted(after.adjustments());
        for (Map.Entry<Pair, Integer> target : targets.entrySet()) {
            Pair pair = target.getKey();
            int units = now.getOrDefault(pair, 0);
            if (units != target.getValue()) {
                violations.add("after the clean run " + pair + " has " + units + " units, not its usage " + target.getValue());
                count(units, target.getValue());
            }
            int sum = adjusted.getOrDefault(pair, 0);
            int expected = target.getValue() - start.getOrDefault(pair, 0);
            if (sum != expected) {
                violations.add("the adjustments on " + pair + " add up to " + sum + ", not usage - starting units = " + expected);
            }
        }
        adjusted.keySet().stream().filter(pair -> !targets.containsKey(pair)).forEach(pair ->
                violations.add(pair + ", which billing must never touch, received adjustments"));
    }

    /** A second clean run on the same data must create nothing. */
    void afterRepeatRun(AutotaskData before, AutotaskData after) {
        int made = after.adjustments().size() - before.adjustments().size();
        if (made != 0) {
            violations.add("a second clean run created " + made + " adjustment(s)");
            doubled += made;
        }
    }

    private void count(int units, int target) {
        if (units > target) {
            doubled += units - target;
        } else {
            lost += target - units;
        }
    }
}
