package net.mspbridge.integration.kaspersky.ksc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A licence key added to a virtual server, as {@code LicenseKeys.EnumKeys} lists it.
 *
 * @param serial    {@code KLLIC_SERIAL}
 * @param type      {@code KLLIC_KEY_TYPE}: {@link #COMMERCIAL}, {@link #TRIAL}, {@link #SUBSCRIPTION}, ...
 * @param limit     {@code KLLIC_LIMIT_DATE}; empty when the key has none
 * @param readable  false when {@code KLLIC_LIMIT_DATE} was present but not a date-time
 */
record LicenceKey(String serial, int type, Optional<Instant> limit, boolean readable) {

    static final int COMMERCIAL = 1;
    static final int TRIAL = 3;
    static final int SUBSCRIPTION = 6;

    /** The key attributes {@code EnumKeys} is asked for. */
    static final List<String> FIELDS = List.of("KLLIC_SERIAL", "KLLIC_KEY_TYPE", "KLLIC_LIMIT_DATE",
            "KLLIC_LIC_COUNT", "KLLIC_NHOSTS_ASCURRENT", "KLLIC_PROD_NAME");

    static LicenceKey of(JsonNode params) {
        String serial = KscValues.text(params, "KLLIC_SERIAL").orElse("");
        int type = KscValues.number(params, "KLLIC_KEY_TYPE").map(Long::intValue).orElse(0);
        try {
            return new LicenceKey(serial, type, KscValues.dateTime(params, "KLLIC_LIMIT_DATE"), true);
        } catch (IllegalArgumentException e) {
            return new LicenceKey(serial, type, Optional.empty(), false);
        }
    }

    /**
     * Whether hosts using this key are billed on the billing date: a commercial key or a
     * subscription whose limit date (its UTC calendar day) is after the billing date. A key without
     * a limit date does not expire. Trial keys, expired keys, keys of other types and keys whose
     * limit cannot be read are not billed.
     */
    boolean billableOn(LocalDate billingDate) {
        if (serial.isEmpty() || !readable || (type != COMMERCIAL && type != SUBSCRIPTION)) {
            return false;
        }
        return limit.map(end -> end.atZone(ZoneOffset.UTC).toLocalDate().isAfter(billingDate)).orElse(true);
    }
}
