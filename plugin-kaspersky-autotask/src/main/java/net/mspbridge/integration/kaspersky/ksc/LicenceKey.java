package net.mspbridge.integration.kaspersky.ksc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A licence key of a virtual server, as {@code LicenseKeys.EnumKeys} lists it: the attributes of
 * "List of license key attributes" (KSC/13/KSCAPI/a00115.html) and the subscription attributes the
 * official sample "Enumerating license keys" reads (KSC/13/KSCAPI/a00413.html). Whether hosts on it
 * are billed is decided in {@link BillingRules}, not here.
 *
 * @param serial            {@code KLLIC_SERIAL}
 * @param type              {@code KLLIC_KEY_TYPE}: {@link #COMMERCIAL}, {@link #TRIAL}, {@link #SUBSCRIPTION}, ...
 * @param limit             {@code KLLIC_LIMIT_DATE}; empty when the key has none
 * @param installed         {@code KLLICSRV_KEY_INSTALLED}: the key was added to the (virtual) server's key
 *                          storage; false for a key a product reported but nobody added. A server that leaves
 *                          the attribute out is taken to list added keys only.
 * @param subscription      {@code KLLIC_LICTYPE_IS_SUBSCRIPTION}, or the key type is {@link #SUBSCRIPTION}
 * @param subscriptionState {@code KLLIC_SUBSCRINFO_STATE}: 0 active, 1 paused, 2 soft cancelled, 3 hard
 *                          cancelled; empty when not sent
 * @param endDateType       {@code KLLIC_SUBSCRINFO_ENDDATETYPE}: 0 not defined, 1 unlimited, 2 limited, 3 paused;
 *                          empty when not sent
 * @param subscriptionEnd   {@code KLLIC_SUBSCRINFO_ENDDATE}; empty when not sent
 * @param noHosts           the server says no host uses the key: {@code KLLIC_NHOSTS_ASCURRENT} (hosts using it
 *                          as active) and {@code KLLIC_NHOSTS_ASNEXT} (as reserve) are both sent and both 0
 *                          (a00115). False when either is missing: then its hosts are read, so none can vanish
 */
record LicenceKey(String serial, int type, Optional<Instant> limit, boolean installed, boolean subscription,
        Optional<Integer> subscriptionState, Optional<Integer> endDateType, Optional<Instant> subscriptionEnd,
        boolean noHosts) {

    static final int COMMERCIAL = 1;
    static final int TRIAL = 3;
    static final int SUBSCRIPTION = 6;

    static final int STATE_ACTIVE = 0;
    static final int END_UNLIMITED = 1;
    static final int END_PAUSED = 3;

    /** The key attributes {@code EnumKeys} is asked for. */
    static final List<String> FIELDS = List.of("KLLIC_SERIAL", "KLLIC_KEY_TYPE", "KLLIC_LIMIT_DATE",
            "KLLIC_LIC_COUNT", "KLLIC_NHOSTS_ASCURRENT", "KLLIC_NHOSTS_ASNEXT", "KLLIC_PROD_NAME", "KLLICSRV_KEY_INSTALLED",
            "KLLIC_LICTYPE_IS_SUBSCRIPTION", "KLLIC_SUBSCRINFO_STATE", "KLLIC_SUBSCRINFO_ENDDATETYPE",
            "KLLIC_SUBSCRINFO_ENDDATE");

    /**
     * @throws IllegalArgumentException when a date attribute is present but not a date-time; the
     *                                  message names the key and the attribute
     */
    static LicenceKey of(JsonNode params) {
        String serial = KscValues.text(params, "KLLIC_SERIAL").orElse("");
        int type = KscValues.number(params, "KLLIC_KEY_TYPE").map(Long::intValue).orElse(0);
        try {
            return new LicenceKey(serial, type,
                    KscValues.dateTime(params, "KLLIC_LIMIT_DATE"),
                    KscValues.field(params, "KLLICSRV_KEY_INSTALLED").isEmpty()
                            || KscValues.flag(params, "KLLICSRV_KEY_INSTALLED"),
                    type == SUBSCRIPTION || KscValues.flag(params, "KLLIC_LICTYPE_IS_SUBSCRIPTION"),
                    KscValues.number(params, "KLLIC_SUBSCRINFO_STATE").map(Long::intValue),
                    KscValues.number(params, "KLLIC_SUBSCRINFO_ENDDATETYPE").map(Long::intValue),
                    KscValues.dateTime(params, "KLLIC_SUBSCRINFO_ENDDATE"),
                    KscValues.number(params, "KLLIC_NHOSTS_ASCURRENT").filter(n -> n == 0).isPresent()
                            && KscValues.number(params, "KLLIC_NHOSTS_ASNEXT").filter(n -> n == 0).isPresent());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("licence key " + (serial.isEmpty() ? "without a serial" : serial)
                    + ": " + e.getMessage(), e);
        }
    }
}
