package net.mspbridge.api.host;

import java.util.Objects;

/**
 * A security application installed on a device.
 *
 * @param productName the product as the vendor names it, for example
 *                    "Kaspersky Endpoint Security for Windows"
 * @param version     the installed version, empty when unknown
 * @param licence     the state of the licence the application runs under
 */
public record InstalledApplication(String productName, String version, LicenseStatus licence) {

    public InstalledApplication {
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(licence, "licence");
    }
}
