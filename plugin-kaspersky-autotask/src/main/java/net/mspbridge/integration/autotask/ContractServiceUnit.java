package net.mspbridge.integration.autotask;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One row of {@code ContractServiceUnits}: the units of one contract service during one billing
 * period, split at adjustment dates. The units in force on a date are those of the row whose period
 * covers it. Dates are calendar dates as written by Autotask (time and zone ignored). Fields Autotask
 * did not return are null, or 0 for the primitive ones.
 *
 * @param id                 the row id
 * @param contractId         the contract ({@code contractID})
 * @param contractServiceId  the contract service ({@code contractServiceID})
 * @param serviceId          the service ({@code serviceID})
 * @param startDate          first day of the period
 * @param endDate            last day of the period
 * @param units              the units in force during the period
 * @param price              the price of the period, may be null
 * @param cost               the cost of the period, may be null
 * @param approveAndPostDate when the period was posted for invoicing; null while it is not
 */
public record ContractServiceUnit(
        long id,
        @JsonProperty("contractID") long contractId,
        @JsonProperty("contractServiceID") long contractServiceId,
        @JsonProperty("serviceID") long serviceId,
        LocalDate startDate,
        LocalDate endDate,
        int units,
        BigDecimal price,
        BigDecimal cost,
        LocalDate approveAndPostDate) {

    /** Whether this row's period includes {@code date} (both ends included). */
    public boolean covers(LocalDate date) {
        return startDate != null && endDate != null && !date.isBefore(startDate) && !date.isAfter(endDate);
    }
}
