package net.mspbridge.integration.billing;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import net.mspbridge.api.billing.Problem;

/**
 * What the reconciliation decided.
 *
 * @param lines         one per (contract, service) handled, in contract then service order
 * @param problems      what a person must act on
 * @param seenWithUnits pairs targeted by a current mapping that have units in force: to be recorded
 * @param forget        recorded pairs no mapping targets that are at zero from the effective date
 *                      on, or whose contract no longer exists: to be dropped from the record
 */
record Plan(List<PlannedLine> lines, List<Problem> problems, SortedSet<PairKey> seenWithUnits, SortedSet<PairKey> forget) {

    Plan {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
        seenWithUnits = new TreeSet<>(seenWithUnits);
        forget = new TreeSet<>(forget);
    }

    List<PlannedLine> lines(Disposition disposition) {
        return lines.stream().filter(l -> l.disposition() == disposition).toList();
    }

    static Plan of(List<PlannedLine> lines, List<Problem> problems, Set<PairKey> seen, Set<PairKey> forget) {
        // The constructor copies: one copy of 100,000 pairs is enough.
        return new Plan(lines, problems, seen instanceof SortedSet<PairKey> sorted ? sorted : new TreeSet<>(seen),
                forget instanceof SortedSet<PairKey> sorted ? sorted : new TreeSet<>(forget));
    }
}
