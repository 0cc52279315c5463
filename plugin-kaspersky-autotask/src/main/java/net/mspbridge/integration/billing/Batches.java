package net.mspbridge.integration.billing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Splits ids into the batches the port takes. */
final class Batches {

    private Batches() {
    }

    /** The ids in order, in lists of at most {@link AutotaskPort#MAX_IDS}. */
    static List<List<Long>> of(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<List<Long>> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); from += AutotaskPort.MAX_IDS) {
            batches.add(all.subList(from, Math.min(all.size(), from + AutotaskPort.MAX_IDS)));
        }
        return batches;
    }
}
