package net.mspbridge.host.sandbox.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An adjustment the sandbox received.
 *
 * @param adjustedUnitPrice the price sent with it, or null
 */
public record AdjustmentLine(long itemId, long serviceId, String serviceName, LocalDate effectiveDate, int unitChange,
                             BigDecimal adjustedUnitPrice, Instant receivedAt) {
}
