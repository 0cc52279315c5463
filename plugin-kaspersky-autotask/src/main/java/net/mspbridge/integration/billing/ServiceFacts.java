package net.mspbridge.integration.billing;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import net.mspbridge.api.billing.BillingPeriod;

/**
 * One Autotask service, as {@code Services} gives it.
 *
 * @param id        the service id
 * @param name      its display name, may be empty
 * @param unitPrice its list unit price, used when the contract has no price of its own; empty
 *                  when Autotask has none
 * @param period    the period its price is charged for ({@code periodType}, by its label); also the
 *                  period of a contract's own price for it, which Autotask charges on the service's period
 */
public record ServiceFacts(long id, String name, Optional<BigDecimal> unitPrice, BillingPeriod period) {

    public ServiceFacts {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(period, "period");
    }

    /** A service whose period is not known. */
    public ServiceFacts(long id, String name, Optional<BigDecimal> unitPrice) {
        this(id, name, unitPrice, BillingPeriod.UNKNOWN);
    }
}
