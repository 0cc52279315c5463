package net.mspbridge.host.sandbox.view;

import java.math.BigDecimal;

/** A service on a contract and its units in force on the view's date. */
public record ServiceLine(long contractServiceId, long serviceId, String serviceName, BigDecimal unitPrice, int units) {
}
