package net.mspbridge.host.runs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A continuation of a deferred apply run: an apply run with the same effective date, which the host
 * starts on its own at {@code dueAt}, when the plugin said its limit allows the rest
 * ({@code BillingReport.resumeAfter}, plugin-api 1.3).
 *
 * @param id            the host's id for it
 * @param pluginId      the plugin whose run it continues
 * @param effectiveDate the deferred run's effective date, which the continuation keeps
 * @param dueAt         when it starts
 * @param fromRunId     the deferred run it continues
 * @param step          its place in the chain: 1 for the continuation of a run a person or the schedule
 *                      started, 2 for the continuation of that continuation, ...
 * @param state         where it stands
 * @param runId         the run it started, once started
 * @param endedAt       when it left {@link ContinuationState#SCHEDULED}
 * @param note          who cancelled it, what superseded it, or why it could not start; else empty
 */
public record Continuation(long id, String pluginId, LocalDate effectiveDate, Instant dueAt, String fromRunId, int step,
                           ContinuationState state, Optional<String> runId, Optional<Instant> endedAt, String note) {

    public Continuation {
        Objects.requireNonNull(pluginId, "pluginId");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(fromRunId, "fromRunId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(endedAt, "endedAt");
        Objects.requireNonNull(note, "note");
    }

    /** The request its run is started with. */
    RunRequest request() {
        return new RunRequest(pluginId, net.mspbridge.api.billing.RunMode.APPLY, effectiveDate, Trigger.CONTINUATION,
                "continuation of " + fromRunId);
    }
}
