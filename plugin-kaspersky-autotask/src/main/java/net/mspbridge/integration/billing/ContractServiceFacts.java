package net.mspbridge.integration.billing;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One service on one contract, as {@code ContractServices} gives it.
 *
 * @param contractId the contract
 * @param serviceId  the service ({@code serviceID})
 * @param unitPrice  the contract's own unit price for it, empty when Autotask has none
 */
public record ContractServiceFacts(long contractId, long serviceId, Optional<BigDecimal> unitPrice) {

    public ContractServiceFacts {
        Objects.requireNonNull(unitPrice, "unitPrice");
    }
}
