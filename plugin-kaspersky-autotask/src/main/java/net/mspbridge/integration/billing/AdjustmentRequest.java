package net.mspbridge.integration.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One contract service adjustment to create: {@code ContractServiceAdjustments} with
 * {@code contractID}, {@code serviceID}, {@code effectiveDate}, {@code unitChange} and
 * {@code adjustedUnitPrice}.
 *
 * @param contractId    the contract
 * @param serviceId     the service
 * @param effectiveDate the date from which the change applies (Autotask applies it from that date
 *                      onward)
 * @param unitChange    units added (positive) or removed (negative), never zero
 * @param unitPrice     the unit price: the contract service's, else the service's
 */
public record AdjustmentRequest(long contractId, long serviceId, LocalDate effectiveDate, int unitChange, BigDecimal unitPrice) {

    public AdjustmentRequest {
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (unitChange == 0) {
            throw new IllegalArgumentException("an adjustment of contract " + contractId + ", service " + serviceId
                    + " must change the units; a change of 0 is not sent");
        }
    }

    /** For messages: "+5 units of service 12 on contract 34 from 2025-03-01". */
    public String describe() {
        return (unitChange > 0 ? "+" : "") + unitChange + " units of service " + serviceId + " on contract "
                + contractId + " from " + effectiveDate;
    }
}
