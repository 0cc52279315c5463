package net.mspbridge.host.sandbox.ksc;

import java.time.Instant;
import java.util.Objects;

/**
 * A licence key of a virtual server, as {@code LicenseKeys.EnumKeys} reports it ("List of license key
 * attributes", KSC/13/KSCAPI/a00115.html, and the sample "Enumerating license keys", a00413.html).
 *
 * @param keyType           {@code KLLIC_KEY_TYPE}: 1 commercial, 3 trial, 6 subscription
 * @param limitDate         {@code KLLIC_LIMIT_DATE}: when it expires
 * @param licenseCount      {@code KLLIC_LIC_COUNT}
 * @param productName       {@code KLLIC_PROD_NAME}
 * @param productId         the product id the key is for (what {@code AcquireKeyHosts} reports as
 *                          {@code KLLICSRV_PRODUCT})
 * @param reportedOnly      a key a product reported but nobody added to the server ({@code KLLICSRV_KEY_INSTALLED}
 *                          false); false (the default, also in a {@code ksc.json} saved before the field
 *                          existed) for a key added to the server
 * @param subscriptionState {@code KLLIC_SUBSCRINFO_STATE} of a subscription: 0 active, 1 paused, 2 soft
 *                          cancelled, 3 hard cancelled
 * @param endDateType       {@code KLLIC_SUBSCRINFO_ENDDATETYPE} of a subscription: 0 not defined, 1 unlimited,
 *                          2 limited, 3 paused
 * @param subscriptionEnd   {@code KLLIC_SUBSCRINFO_ENDDATE} of a subscription, or null
 */
public record LicenseKey(String serial, int keyType, Instant limitDate, int licenseCount, String productName,
                         String productId, boolean reportedOnly, int subscriptionState, int endDateType,
                         Instant subscriptionEnd) {

    public static final int COMMERCIAL = 1;
    public static final int TRIAL = 3;
    public static final int SUBSCRIPTION = 6;

    public static final int STATE_ACTIVE = 0;
    public static final int STATE_PAUSED = 1;
    public static final int STATE_HARD_CANCELLED = 3;
    public static final int END_UNLIMITED = 1;
    public static final int END_LIMITED = 2;
    public static final int END_PAUSED = 3;

    public LicenseKey {
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(limitDate, "limitDate");
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(productId, "productId");
    }

    /** A key added to the server; a subscription is active and limited to its limit date. */
    public LicenseKey(String serial, int keyType, Instant limitDate, int licenseCount, String productName,
                      String productId) {
        this(serial, keyType, limitDate, licenseCount, productName, productId, false, STATE_ACTIVE,
                keyType == SUBSCRIPTION ? END_LIMITED : 0, keyType == SUBSCRIPTION ? limitDate : null);
    }

    /** {@code KLLICSRV_KEY_INSTALLED}: the key was added to the server's key storage. */
    public boolean installed() {
        return !reportedOnly;
    }

    public boolean subscription() {
        return keyType == SUBSCRIPTION;
    }

    /**
     * Whether hosts using this key as their active key are billed on the date, by the plugin's rules
     * (docs/architecture.md, "Billing rules for Security Center hosts"): a key added to the server,
     * commercial and unexpired, or a subscription that is active and not ended (an unlimited one
     * never ends). A host's own expiry of the key is checked by the caller.
     */
    public boolean billableAt(Instant when) {
        if (reportedOnly) {
            return false;
        }
        if (subscription()) {
            return subscriptionState == STATE_ACTIVE && endDateType != END_PAUSED
                    && (endDateType == END_UNLIMITED || (subscriptionEnd == null ? limitDate : subscriptionEnd).isAfter(when));
        }
        return keyType == COMMERCIAL && limitDate.isAfter(when);
    }
}
