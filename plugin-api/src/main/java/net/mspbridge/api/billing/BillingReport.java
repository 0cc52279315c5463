package net.mspbridge.api.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The report of a billing run, for the host to store and show.
 *
 * @param runId         the run id of the request
 * @param effectiveDate the effective date of the request
 * @param mode          the mode of the request
 * @param status        how the run ended as a whole
 * @param statusMessage a sentence for a person on how the run ended ("12 adjustments applied, 1 failed")
 * @param lines         one line per (company, contract, service) handled or planned
 * @param problems      what a person must act on
 * @param notCounted    devices the usage source saw but the run did not count, per customer and
 *                      reason, in the plugin's order; empty when the plugin does not say (a report
 *                      made with the 1.1 constructor); since 1.2
 * @param resumeAfter   for a {@link RunStatus#DEFERRED} apply run that stopped to spare a limit which
 *                      frees itself with time (an hourly API budget): the earliest instant the plugin
 *                      expects the limit to allow the rest, by the clock of the run's
 *                      {@code HostContext}; empty otherwise, and when the plugin does not say (a report
 *                      made with an earlier constructor); since 1.3
 */
public record BillingReport(
        String runId,
        LocalDate effectiveDate,
        RunMode mode,
        RunStatus status,
        String statusMessage,
        List<ReportLine> lines,
        List<Problem> problems,
        List<NotCounted> notCounted,
        Optional<Instant> resumeAfter) {

    public BillingReport {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusMessage, "statusMessage");
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
        notCounted = List.copyOf(notCounted);
        Objects.requireNonNull(resumeAfter, "resumeAfter");
    }

    /** The 1.2 report, which does not say when a deferred run may go on: {@code resumeAfter} is empty. */
    public BillingReport(String runId, LocalDate effectiveDate, RunMode mode, RunStatus status, String statusMessage,
                         List<ReportLine> lines, List<Problem> problems, List<NotCounted> notCounted) {
        this(runId, effectiveDate, mode, status, statusMessage, lines, problems, notCounted, Optional.empty());
    }

    /** The 1.1 report, which does not say what was not counted: {@code notCounted} is empty. */
    public BillingReport(String runId, LocalDate effectiveDate, RunMode mode, RunStatus status, String statusMessage,
                         List<ReportLine> lines, List<Problem> problems) {
        this(runId, effectiveDate, mode, status, statusMessage, lines, problems, List.of(), Optional.empty());
    }

    /**
     * Devices seen but not counted, per customer and reason; empty when the plugin does not say.
     *
     * @since 1.2
     */
    @Override
    public List<NotCounted> notCounted() {
        return notCounted;
    }

    /**
     * When the rest of a deferred run may be done: the earliest instant the limit that stopped it
     * (Autotask's hourly API budget) is expected to allow the work left, by the clock of the run's
     * {@code HostContext}. A host may start a continuation then (an apply run with the same effective
     * date), which may itself defer again. Empty when the run did not stop for such a limit, and in
     * reports of plugins that do not say.
     *
     * @since 1.3
     */
    @Override
    public Optional<Instant> resumeAfter() {
        return resumeAfter;
    }

    /**
     * This report saying when the rest may be done.
     *
     * @since 1.3
     */
    public BillingReport withResumeAfter(Optional<Instant> value) {
        return new BillingReport(runId, effectiveDate, mode, status, statusMessage, lines, problems, notCounted, value);
    }

    /** A report with no lines and no problems, for a run that found nothing to do. */
    public static BillingReport empty(BillingRunRequest request, String statusMessage) {
        return new BillingReport(request.runId(), request.effectiveDate(), request.mode(),
                RunStatus.COMPLETED, statusMessage, List.of(), List.of());
    }

    /** The lines with the given outcome. */
    public List<ReportLine> lines(LineOutcome outcome) {
        return lines.stream().filter(line -> line.outcome() == outcome).toList();
    }
}
