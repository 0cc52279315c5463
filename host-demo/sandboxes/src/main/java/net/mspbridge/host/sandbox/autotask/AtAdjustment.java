package net.mspbridge.host.sandbox.autotask;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A contract service adjustment the sandbox accepted (the "adjustments received").
 *
 * @param adjustedUnitPrice the price sent with it, or null
 * @param adjustedUnitCost  the cost sent with it, or null
 * @param receivedAt        when the sandbox applied it
 */
public record AtAdjustment(long id, long contractID, long serviceID, long contractServiceID, LocalDate effectiveDate,
                           int unitChange, BigDecimal adjustedUnitPrice, BigDecimal adjustedUnitCost, Instant receivedAt) {

    public AtAdjustment {
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
