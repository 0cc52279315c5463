package net.mspbridge.integration.billing;

/** A (contract, service) pair: what one adjustment changes and one report line shows. */
record PairKey(long contractId, long serviceId) implements Comparable<PairKey> {

    /** By contract, then service. Written out: a run sorts 100,000 pairs and more. */
    @Override
    public int compareTo(PairKey other) {
        int byContract = Long.compare(contractId, other.contractId);
        return byContract != 0 ? byContract : Long.compare(serviceId, other.serviceId);
    }

    @Override
    public String toString() {
        return "contract " + contractId + " / service " + serviceId;
    }
}
