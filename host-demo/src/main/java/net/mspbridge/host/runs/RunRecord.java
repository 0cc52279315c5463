package net.mspbridge.host.runs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.RunMode;

/**
 * A run as the history keeps it.
 *
 * @param runId           the host's run id ("run-17")
 * @param pluginId        the plugin that ran
 * @param mode            preview or apply
 * @param effectiveDate   the effective date
 * @param trigger         what started it
 * @param startedBy       who started it
 * @param startedAt       when
 * @param finishedAt      when it ended; empty while running
 * @param state           running or how it ended
 * @param message         a sentence on how it ended (the plugin's status message, or the host's reason)
 * @param lines           report lines
 * @param changes         lines applied (apply) or planned (preview)
 * @param failed          lines that failed
 * @param problems        problems that need a person
 * @param progress        the last progress reported
 * @param cancelRequested whether someone asked it to stop
 * @param report          the plugin's report, when it produced one
 */
public record RunRecord(
        String runId,
        String pluginId,
        RunMode mode,
        LocalDate effectiveDate,
        Trigger trigger,
        String startedBy,
        Instant startedAt,
        Optional<Instant> finishedAt,
        RunState state,
        String message,
        int lines,
        int changes,
        int failed,
        int problems,
        RunProgress progress,
        boolean cancelRequested,
        Optional<BillingReport> report) {

    public RunRecord {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(report, "report");
    }

    /** The same run with fresher progress and cancel flag, from the process running it. */
    RunRecord withLive(RunProgress live, boolean cancel) {
        return new RunRecord(runId, pluginId, mode, effectiveDate, trigger, startedBy, startedAt, finishedAt, state,
                message, lines, changes, failed, problems, live, cancel || cancelRequested, report);
    }
}
