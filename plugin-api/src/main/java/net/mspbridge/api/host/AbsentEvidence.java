package net.mspbridge.api.host;

/** The sink and customer evidence that record nothing: {@link EvidenceSink#absent()}. */
final class AbsentEvidence implements EvidenceSink, CustomerEvidence {

    static final AbsentEvidence SINK = new AbsentEvidence();

    private AbsentEvidence() {
    }

    @Override
    public CustomerEvidence open(String customerId, String customerName) {
        return this;
    }

    @Override
    public void assign(EvidenceAssignment assignment) {
        // nothing kept
    }

    @Override
    public boolean isPresent() {
        return false;
    }

    @Override
    public void add(DeviceEvidence device) {
        // nothing kept
    }

    @Override
    public void discard() {
        // nothing kept
    }

    @Override
    public void close() {
        // nothing kept
    }
}
