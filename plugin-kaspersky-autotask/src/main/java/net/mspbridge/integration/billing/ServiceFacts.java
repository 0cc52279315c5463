package net.mspbridge.integration.billing;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One Autotask service, as {@code Services} gives it.
 *
 * @param id        the service id
 * @param name      its display name, may be empty
 * @param unitPrice its list unit price, used when the contract has no price of its own; empty
 *                  when Autotask has none
 */
public record ServiceFacts(long id, String name, Optional<BigDecimal> unitPrice) {

    public ServiceFacts {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unitPrice, "unitPrice");
    }
}
