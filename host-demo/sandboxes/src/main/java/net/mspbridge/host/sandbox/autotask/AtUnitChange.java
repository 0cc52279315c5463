package net.mspbridge.host.sandbox.autotask;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A change of a contract service's units from a date onward: the units it started with (no
 * adjustment id) or an adjustment received.
 *
 * @param adjustmentID the adjustment that made the change, or null for the units the contract service
 *                     was set up with
 */
public record AtUnitChange(long contractServiceID, LocalDate effectiveDate, int change, Long adjustmentID) {

    public AtUnitChange {
        Objects.requireNonNull(effectiveDate, "effectiveDate");
    }
}
