package net.mspbridge.api.host;

/**
 * Where a billing run writes its evidence: every device (or group of per-user seats) the usage read
 * saw, counted or not, and which report line each counted (customer, application, category) went
 * to. The host stores it with the run, as it arrives, so that a person can drill down from a report
 * line to its devices; the plugin keeps none of it in memory. A host offers a sink only in the
 * context of {@link net.mspbridge.api.BillingHook#run}; in every other call, and on hosts that keep
 * no evidence, the context carries {@link #absent()}, and billing runs the same.
 *
 * <p><b>Limits</b> (a host applies them; nothing is ever thrown back at the plugin for them):
 * <ul>
 * <li>every text field is cut to {@link #MAX_TEXT} characters (the cut ends with "…");</li>
 * <li>a run keeps at most {@link #MAX_RECORDS_PER_RUN} device records; past that, further records
 *     are dropped and the host says on the run that its evidence is incomplete;</li>
 * <li>a host keeps evidence for a bounded number of runs (its own setting) and deletes older runs'
 *     evidence; the report itself is kept.</li>
 * </ul>
 *
 * <p><b>Errors and threading.</b> Recording evidence never fails a run: a host that cannot store it
 * (its storage failed) logs that, marks the run's evidence incomplete and drops the rest. Methods
 * are thread-safe: a source that reads several customers side by side opens one
 * {@link CustomerEvidence} per customer, each used by one thread at a time.
 *
 * @since 1.3
 */
public interface EvidenceSink {

    /** The most characters a host keeps of one text field. */
    int MAX_TEXT = 256;

    /** The most device records a host keeps for one run. */
    int MAX_RECORDS_PER_RUN = 2_000_000;

    /**
     * Starts the evidence of one customer of this run. Whatever an earlier {@code open} of the same
     * customer in the same run recorded is dropped: a source that reads a customer again from the
     * start (say, after its session was renewed) opens it again.
     *
     * @param customerId   the usage source's customer id (as in the report's {@code Ref}s)
     * @param customerName the customer's name, for a person
     */
    CustomerEvidence open(String customerId, String customerName);

    /**
     * Says where the counted devices of one (customer, application, category) went: to a report line,
     * or to none, with why. Called once per such triple after the plan; a counted device whose
     * triple is never assigned is shown as "not on any report line".
     */
    void assign(EvidenceAssignment assignment);

    /** Whether this host keeps evidence; false for {@link #absent()}. */
    boolean isPresent();

    /** The sink of a host that keeps no evidence: it records nothing, and costs nothing. */
    static EvidenceSink absent() {
        return AbsentEvidence.SINK;
    }
}
