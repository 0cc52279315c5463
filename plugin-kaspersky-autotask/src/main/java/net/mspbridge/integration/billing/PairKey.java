package net.mspbridge.integration.billing;

import java.util.Comparator;

/** A (contract, service) pair: what one adjustment changes and one report line shows. */
record PairKey(long contractId, long serviceId) implements Comparable<PairKey> {

    private static final Comparator<PairKey> ORDER =
            Comparator.comparingLong(PairKey::contractId).thenComparingLong(PairKey::serviceId);

    @Override
    public int compareTo(PairKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return "contract " + contractId + " / service " + serviceId;
    }
}
