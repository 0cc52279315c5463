package net.mspbridge.integration.billing;

import java.util.List;

import net.mspbridge.api.billing.Problem;

/**
 * What the reconciliation decided.
 *
 * @param lines         one per (contract, service) handled, in contract then service order
 * @param problems      what a person must act on
 * @param seenWithUnits pairs targeted by a current mapping that have units in force: to be recorded;
 *                      in order, each once
 * @param forget        recorded pairs no mapping targets that are at zero from the effective date
 *                      on, or whose contract no longer exists: to be dropped from the record; in
 *                      order, each once
 */
record Plan(List<PlannedLine> lines, List<Problem> problems, List<PairKey> seenWithUnits, List<PairKey> forget) {

    Plan {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
        seenWithUnits = List.copyOf(seenWithUnits);
        forget = List.copyOf(forget);
    }

    List<PlannedLine> lines(Disposition disposition) {
        return lines.stream().filter(l -> l.disposition() == disposition).toList();
    }
}
