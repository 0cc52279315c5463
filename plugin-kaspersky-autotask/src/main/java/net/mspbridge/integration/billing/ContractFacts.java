package net.mspbridge.integration.billing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a billing run needs to know about one Autotask contract.
 *
 * @param id               the contract id
 * @param companyId        the company it belongs to ({@code companyID})
 * @param name             its display name ({@code contractName}), may be empty
 * @param recurringService whether its {@code contractType} is Recurring Service, the only type
 *                         contract service adjustments apply to (the adapter reads the picklist)
 * @param active           whether its {@code status} is Active
 * @param startDate        its first day
 * @param endDate          its last day
 */
public record ContractFacts(
        long id, long companyId, String name, boolean recurringService, boolean active,
        LocalDate startDate, LocalDate endDate) {

    public ContractFacts {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("Autotask contract " + id + " ('" + name + "', company " + companyId
                    + ") ends on " + endDate + ", before it starts on " + startDate
                    + ": correct the contract's dates in Autotask.");
        }
    }

    /** Whether the date is within the contract's dates, both ends included. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }
}
