package net.mspbridge.integration.autotask;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A service on a contract (entity {@code ContractServices}). It does not hold units: those are in
 * {@link ContractServiceUnit} rows and change only through {@link ContractServiceAdjustment}s.
 * Fields Autotask did not return are null, or 0 for the primitive ones.
 *
 * @param id                 the contract service id
 * @param contractId         the contract ({@code contractID})
 * @param serviceId          the service ({@code serviceID})
 * @param unitPrice          the contract's price per unit, may be null
 * @param unitCost           the contract's cost per unit, may be null
 * @param invoiceDescription the invoice text, may be null
 */
public record ContractService(
        long id,
        @JsonProperty("contractID") long contractId,
        @JsonProperty("serviceID") long serviceId,
        BigDecimal unitPrice,
        BigDecimal unitCost,
        String invoiceDescription) {
}
