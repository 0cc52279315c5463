package net.mspbridge.host.sandbox.ksc;

import java.time.Instant;
import java.util.Objects;

/**
 * A licence key added to a virtual server, as {@code LicenseKeys.EnumKeys} reports it.
 *
 * @param keyType      {@code KLLIC_KEY_TYPE}: 1 commercial, 3 trial, 6 subscription
 * @param limitDate    {@code KLLIC_LIMIT_DATE}: when it expires
 * @param licenseCount {@code KLLIC_LIC_COUNT}
 * @param productName  {@code KLLIC_PROD_NAME}
 * @param productId    the product id the key is for (what {@code AcquireKeyHosts} reports as
 *                     {@code KLLICSRV_PRODUCT})
 */
public record LicenseKey(String serial, int keyType, Instant limitDate, int licenseCount, String productName,
                         String productId) {

    public static final int COMMERCIAL = 1;
    public static final int TRIAL = 3;
    public static final int SUBSCRIPTION = 6;

    public LicenseKey {
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(limitDate, "limitDate");
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(productId, "productId");
    }

    /** Whether hosts on this key are billed on the date: an unexpired commercial or subscription key. */
    public boolean billableAt(Instant when) {
        return (keyType == COMMERCIAL || keyType == SUBSCRIPTION) && limitDate.isAfter(when);
    }
}
