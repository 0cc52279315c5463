package net.mspbridge.host.evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * What a run's evidence holds, for its page.
 *
 * @param state      whether the evidence is kept, no longer kept, or was never written
 * @param keptRuns   how many runs' evidence the host keeps
 * @param records    how many records it holds
 * @param incomplete whether records were dropped (past the limit, or the database failed)
 * @param lines      per report line, the devices and units counted on it
 * @param notCounted per customer and reason, the devices and units not counted; then each customer
 *                   whose devices the run did not read (its billing is off), once, with no count
 */
public record EvidenceSummary(State state, int keptRuns, long records, boolean incomplete, List<Line> lines,
        List<NotCounted> notCounted) {

    public EvidenceSummary {
        lines = List.copyOf(lines);
        notCounted = List.copyOf(notCounted);
    }

    /** Whether the host has the run's evidence. */
    public enum State {
        /** Kept: it can be drilled into. */
        KEPT,
        /** Deleted: the run is older than the runs the host keeps evidence for. */
        NO_LONGER_KEPT,
        /** None written: a run from before evidence was kept, one that read no usage, or whose plugin writes none. */
        NONE
    }

    /** The devices counted on one report line. */
    public record Line(String contractId, String serviceId, long devices, long units) {
    }

    /**
     * This summary with the customers the report says were not read ({@code devicesUnknown}), each
     * once, after those of the evidence: their devices were never read, so the evidence has none of
     * them, and a person must still see why the run counted nothing there.
     */
    public EvidenceSummary withNotRead(List<net.mspbridge.api.billing.NotCounted> fromReport) {
        List<NotCounted> all = new ArrayList<>(notCounted);
        fromReport.stream().filter(net.mspbridge.api.billing.NotCounted::devicesUnknown)
                .forEach(n -> all.add(new NotCounted(n.customer().id(), n.customer().name(), n.reason(), 0, 0, false)));
        return new EvidenceSummary(state, keptRuns, records, incomplete, lines, all);
    }

    /**
     * The devices of one customer not counted for one reason.
     *
     * @param devicesRead false for a customer whose devices were not read (its billing is off):
     *                    {@code devices} and {@code units} are then 0 and say nothing
     */
    public record NotCounted(String customerId, String customerName, String reason, long devices, long units,
            boolean devicesRead) {
    }
}
