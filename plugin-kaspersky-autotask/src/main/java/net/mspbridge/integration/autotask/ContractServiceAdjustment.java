package net.mspbridge.integration.autotask;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A Contract Service Adjustment to create: adds {@code unitChange} units (negative: removes) to a
 * service of a Recurring Service contract from {@code effectiveDate} onward. Autotask creates the
 * contract service when the contract does not have it yet. An adjustment can only be created, never
 * read, changed or deleted: a mistake is undone only by an opposite adjustment.
 *
 * @param contractId        the contract
 * @param serviceId         the service
 * @param effectiveDate     the first day the change applies (sent as midnight of that date)
 * @param unitChange        units added (positive) or removed (negative); never 0
 * @param adjustedUnitPrice the unit price to bill from that date, or null to leave it to Autotask
 */
public record ContractServiceAdjustment(
        long contractId,
        long serviceId,
        LocalDate effectiveDate,
        int unitChange,
        BigDecimal adjustedUnitPrice) {

    /** @throws IllegalArgumentException naming the value that is wrong */
    public ContractServiceAdjustment {
        if (contractId <= 0) {
            throw new IllegalArgumentException("an adjustment needs a contract id, was " + contractId);
        }
        if (serviceId <= 0) {
            throw new IllegalArgumentException("an adjustment needs a service id, was " + serviceId);
        }
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        if (unitChange == 0) {
            throw new IllegalArgumentException("an adjustment of 0 units changes nothing (contract " + contractId
                    + ", service " + serviceId + "): do not create it");
        }
    }
}
