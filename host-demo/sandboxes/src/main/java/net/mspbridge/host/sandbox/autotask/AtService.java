package net.mspbridge.host.sandbox.autotask;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An Autotask service (a subset of {@code ServiceModel}).
 *
 * @param periodType one of the {@code Services.periodType} picklist values in {@link PicklistValues}
 */
public record AtService(long id, String name, String description, String invoiceDescription, boolean isActive,
                        int periodType, BigDecimal unitPrice, BigDecimal unitCost, Long vendorCompanyID, String sku) {

    public AtService {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(unitCost, "unitCost");
    }
}
