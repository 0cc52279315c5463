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

    /**
     * This service as saved before the sandbox used Autotask's own {@code periodType} numbers: its 1 to 4
     * (Monthly, Quarterly, Semi-Annual, Yearly) are Autotask's 2 to 5.
     */
    AtService withAutotaskPeriodType() {
        return new AtService(id, name, description, invoiceDescription, isActive, periodType + 1, unitPrice, unitCost,
                vendorCompanyID, sku);
    }
}
