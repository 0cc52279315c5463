package net.mspbridge.integration.billing;

import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * @param hadUsage      the customers to record, after an apply, as having had billable usage at it:
 *                      those with usage now, those whose usage is unknown that had it before, and
 *                      those silent now that had it before, unless their contract was planned
 *                      without a hold (so the drop stays held until a person confirms it or the
 *                      usage comes back, also across runs that could not read or plan the contract), and
 *                      those mapped with billing off or to another contract now whose old contract's drop
 *                      is held (so the next run still names them as its cause); each with the contracts it
 *                      is recorded on
 */
record Plan(List<PlannedLine> lines, List<Problem> problems, List<PairKey> seenWithUnits, List<PairKey> forget, Map<String, Set<Long>> hadUsage) {

    Plan {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
        seenWithUnits = List.copyOf(seenWithUnits);
        forget = List.copyOf(forget);
        hadUsage = Map.copyOf(hadUsage);
    }

    List<PlannedLine> lines(Disposition disposition) {
        return lines.stream().filter(l -> l.disposition() == disposition).toList();
    }
}
