package net.mspbridge.host.sandbox.autotask;

import java.math.BigDecimal;
import java.util.Objects;

/** A service on a contract (a subset of {@code ContractServiceModel}); its units live in {@link AtUnitChange}s. */
public record AtContractService(long id, long contractID, long serviceID, BigDecimal unitPrice, BigDecimal unitCost,
                                String invoiceDescription) {

    public AtContractService {
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(unitCost, "unitCost");
    }
}
