package net.mspbridge.api.billing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the host asks a billing run to do.
 *
 * @param runId         the host's id for the run, unique per host; the plugin quotes it in the
 *                      report and may use it in what it records
 * @param effectiveDate the date from which the changes apply
 * @param mode          preview or apply
 */
public record BillingRunRequest(String runId, LocalDate effectiveDate, RunMode mode) {

    public BillingRunRequest {
        Objects.requireNonNull(runId, "runId");
        if (runId.isBlank()) {
            throw new IllegalArgumentException("runId must not be blank");
        }
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(mode, "mode");
    }
}
