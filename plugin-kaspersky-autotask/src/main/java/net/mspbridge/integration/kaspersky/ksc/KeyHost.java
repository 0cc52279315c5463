package net.mspbridge.integration.kaspersky.ksc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One host of a key as {@code LicenseKeys.AcquireKeyHosts} lists it, with the host-specific licence
 * attributes (KSC/16/KSCAPI/a00078.html).
 *
 * @param hostId     {@code KLLICSRV_HOSTNAME}
 * @param product    {@code KLLICSRV_PRODUCT}, the product id in the case the server sent it
 * @param active     {@code KLLICSRV_HOST_CURRENT}: true when the key is the host's current (active) key,
 *                   false when it is its next (reserve) key. A server that leaves it out is taken to
 *                   list active keys, as the method's summary says ("hosts that are currently using the
 *                   specified key", KSC/16/KSCAPI/a00569.html).
 * @param expiresOnHost {@code KLLICSRV_EXPIRATION_TIME}: when the key expires on that host; empty when not sent
 */
record KeyHost(String hostId, String product, boolean active, Optional<Instant> expiresOnHost) {

    /** The attributes {@code AcquireKeyHosts} is asked for. */
    static final List<String> FIELDS = List.of("KLLICSRV_HOSTNAME", "KLLICSRV_PRODUCT", "KLLICSRV_VERSION",
            "KLLICSRV_HOST_CURRENT", "KLLICSRV_EXPIRATION_TIME");

    /**
     * @throws IllegalArgumentException when {@code KLLICSRV_EXPIRATION_TIME} is present but not a date-time
     */
    static KeyHost of(JsonNode params) {
        String host = KscValues.text(params, "KLLICSRV_HOSTNAME").orElse("");
        try {
            return new KeyHost(host,
                    KscValues.text(params, "KLLICSRV_PRODUCT").orElse(""),
                    KscValues.field(params, "KLLICSRV_HOST_CURRENT").isEmpty()
                            || KscValues.flag(params, "KLLICSRV_HOST_CURRENT"),
                    KscValues.dateTime(params, "KLLICSRV_EXPIRATION_TIME"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("host " + host + ": " + e.getMessage(), e);
        }
    }
}
