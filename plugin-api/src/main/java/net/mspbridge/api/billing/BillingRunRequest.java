package net.mspbridge.api.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the host asks a billing run to do.
 *
 * @param runId         the host's id for the run, unique per host; the plugin quotes it in the
 *                      report and may use it in what it records
 * @param effectiveDate the date from which the changes apply
 * @param mode          preview or apply
 * @param confirmations the held decreases a person confirmed, which an apply run makes when each
 *                      still covers exactly the drop it finds (see {@link DropConfirmation}); a
 *                      preview run reports such a drop as planned. Empty when the host passes none
 *                      (a request made with the 1.0 constructor); since 1.3
 */
public record BillingRunRequest(String runId, LocalDate effectiveDate, RunMode mode, List<DropConfirmation> confirmations) {

    public BillingRunRequest {
        Objects.requireNonNull(runId, "runId");
        if (runId.isBlank()) {
            throw new IllegalArgumentException("runId must not be blank");
        }
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(mode, "mode");
        confirmations = List.copyOf(confirmations);
    }

    /** The 1.0 request, which passes no confirmations: held decreases stay held. */
    public BillingRunRequest(String runId, LocalDate effectiveDate, RunMode mode) {
        this(runId, effectiveDate, mode, List.of());
    }

    /**
     * The held decreases a person confirmed; empty when the host passes none.
     *
     * @since 1.3
     */
    @Override
    public List<DropConfirmation> confirmations() {
        return confirmations;
    }
}
