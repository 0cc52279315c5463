package net.mspbridge.host.sandbox.view;

import java.time.Instant;

/**
 * A licence key of a KSC sandbox virtual server and how many of its hosts use it.
 *
 * @param serial       the key's serial
 * @param productName  the product it licenses
 * @param type         "commercial", "trial" or "subscription" (KSC's {@code KLLIC_KEY_TYPE} 1, 3, 6)
 * @param limitDate    when it expires
 * @param licenseCount how many devices it licenses
 * @param hosts        how many hosts use it as their active or reserve key
 * @param reportedOnly a key a product reported but nobody added to the server
 */
public record KeyView(String serial, String productName, String type, Instant limitDate, int licenseCount, int hosts,
                      boolean reportedOnly) {
}
