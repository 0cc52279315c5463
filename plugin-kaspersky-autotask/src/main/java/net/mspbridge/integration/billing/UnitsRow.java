package net.mspbridge.integration.billing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One {@code ContractServiceUnits} row: the units of a service on a contract for a stretch of
 * days. Autotask keeps one row per billing period and splits a row at the date of every
 * adjustment, so the units in force on a date are those of the row whose dates cover it.
 *
 * @param contractId the contract
 * @param serviceId  the service ({@code serviceID})
 * @param startDate  the first day of the row
 * @param endDate    the last day of the row
 * @param units      the units in force over those days
 */
public record UnitsRow(long contractId, long serviceId, LocalDate startDate, LocalDate endDate, int units) {

    public UnitsRow {
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("a units row of contract " + contractId + ", service " + serviceId
                    + " ends (" + endDate + ") before it starts (" + startDate + ")");
        }
    }

    /** Whether the date is within the row's dates, both ends included. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }
}
