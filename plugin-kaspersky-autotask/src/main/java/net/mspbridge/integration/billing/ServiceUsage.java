package net.mspbridge.integration.billing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The usage a run bills to each service, first of one customer, then of a contract's customers
 * together: the contributions of every service the run plans, by the service's position in the
 * run's ordered list of services (its slot). An array rather than a map, because a run fills one
 * per customer and reads one per (contract, service) pair, 100,000 pairs and more.
 */
final class ServiceUsage {

    private final List<Contribution>[] bySlot;

    @SuppressWarnings("unchecked")
    ServiceUsage(int slots) {
        bySlot = new List[slots];
    }

    void add(int slot, Contribution contribution) {
        if (bySlot[slot] == null) {
            bySlot[slot] = new ArrayList<>(2);
        }
        bySlot[slot].add(contribution);
    }

    /** Adds another customer's usage, slot by slot; both must come from the same run. */
    void addAll(ServiceUsage other) {
        for (int slot = 0; slot < bySlot.length; slot++) {
            List<Contribution> theirs = other.bySlot[slot];
            if (theirs == null) {
                continue;
            }
            if (bySlot[slot] == null) {
                bySlot[slot] = new ArrayList<>(theirs);
            } else {
                bySlot[slot].addAll(theirs);
            }
        }
    }

    /** The contributions to one slot's service, unmodifiable; empty when nothing is mapped to it. */
    List<Contribution> of(int slot) {
        List<Contribution> contributions = bySlot[slot];
        return contributions == null ? List.of() : Collections.unmodifiableList(contributions);
    }
}
