package net.mspbridge.integration.kaspersky;

/**
 * Why a device a usage source saw is not counted for an application: the one type every "not
 * billed" decision is made in, so a report can count such devices per reason instead of dropping
 * them. The rules behind each reason, with their public sources, are in {@code docs/architecture.md}
 * ("Billing rules for Security Center hosts").
 */
public enum NotBilledReason {
    /** Its active key is a trial key (KLLIC_KEY_TYPE 3). */
    TRIAL_KEY("on a trial key"),
    /** Its active key is neither commercial nor a subscription (beta, test, OEM). */
    NOT_COMMERCIAL_KEY("on a key that is neither commercial nor a subscription (beta, test or OEM)"),
    /** Its active key's own limit date is on or before the billing date. */
    KEY_EXPIRED("on an expired key"),
    /** Its active key has expired on that host (KLLICSRV_EXPIRATION_TIME), whatever the key's own limit date. */
    KEY_EXPIRED_ON_HOST("on a key that has expired on the device"),
    /** Its active key is a subscription that is paused, cancelled or ended (not active). */
    SUBSCRIPTION_NOT_ACTIVE("on a subscription that is paused, cancelled or ended"),
    /** Its active key was reported by the application but never added to the (virtual) server. */
    KEY_NOT_ADDED("on a key that was never added to the virtual server"),
    /** The application uses its key as a reserve key only: it has no active key. */
    RESERVE_KEY_ONLY("with a reserve key only, no active key"),
    /** The application on its billable key is one the plugin's catalog does not know. */
    UNKNOWN_PRODUCT("running a product the plugin does not know"),
    /** A key lists the device, but the virtual server's device list does not have it, so it has no category. */
    NOT_IN_DEVICE_LIST("listed by a key but missing from the device list"),
    /** The host's inventory lists the application on the device with no licence at all. */
    NO_LICENCE("with no licence"),
    /**
     * The device list has the device but no licence key lists it: no Kaspersky application uses a
     * key on it. Never a unit (the rules count hosts by key); said so that the report's count of
     * devices not counted is the evidence's.
     */
    NO_LICENCE_KEY("with no licence key: no Kaspersky application uses a key on it");

    private final String description;

    NotBilledReason(String description) {
        this.description = description;
    }

    /** How a person reads it after "N devices ...", for example "on a trial key". */
    public String description() {
        return description;
    }
}
