package net.mspbridge.host.sandbox.ksc;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The rows of the licence iterators: a key as {@code LicenseKeys.EnumKeys} lists it ("List of license
 * key attributes", KSC/13/KSCAPI/a00115.html, with the subscription attributes of the sample
 * "Enumerating license keys", a00413.html) and a host of a key as {@code AcquireKeyHosts} lists it
 * (KSC/16/KSCAPI/a00078.html). Only the attributes asked for are set.
 */
final class LicenceRows {

    private LicenceRows() {
    }

    /**
     * One attribute {@code f} of a key; subscription attributes only for subscriptions.
     *
     * @param asCurrent hosts using the key as their active key ({@code KLLIC_NHOSTS_ASCURRENT})
     * @param asNext    hosts holding it as their reserve key ({@code KLLIC_NHOSTS_ASNEXT}, a00115)
     */
    static void keyField(ObjectNode row, String f, LicenseKey key, int asCurrent, int asNext) {
        switch (f) {
            case "KLLIC_SERIAL" -> row.put(f, key.serial());
            case "KLLIC_KEY_TYPE" -> row.put(f, key.keyType());
            case "KLLIC_LIMIT_DATE" -> row.set(f, KscCalls.datetime(key.limitDate()));
            case "KLLIC_LIC_COUNT" -> row.put(f, key.licenseCount());
            case "KLLIC_NHOSTS_ASCURRENT" -> row.put(f, asCurrent);
            case "KLLIC_NHOSTS_ASNEXT" -> row.put(f, asNext);
            case "KLLIC_PROD_NAME" -> row.put(f, key.productName());
            case "KLLICSRV_KEY_INSTALLED" -> row.put(f, key.installed());
            case "KLLIC_LICTYPE_IS_SUBSCRIPTION" -> row.put(f, key.subscription());
            case "KLLIC_SUBSCRINFO_STATE" -> {
                if (key.subscription()) {
                    row.put(f, key.subscriptionState());
                }
            }
            case "KLLIC_SUBSCRINFO_ENDDATETYPE" -> {
                if (key.subscription()) {
                    row.put(f, key.endDateType());
                }
            }
            case "KLLIC_SUBSCRINFO_ENDDATE" -> {
                if (key.subscription() && key.subscriptionEnd() != null) {
                    row.set(f, KscCalls.datetime(key.subscriptionEnd()));
                }
            }
            default -> { }
        }
    }

    /** A host of the key {@code serial}: as its active key ({@code KLLICSRV_HOST_CURRENT} true) or its reserve key. */
    static ObjectNode keyHost(String serial, KscDevice host, List<String> fields) {
        InstalledProduct install = host.licensedInstall();
        boolean active = serial.equals(host.licenseSerial());
        ObjectNode row = KscCalls.JSON.createObjectNode();
        for (String f : fields) {
            switch (f) {
                case "KLLICSRV_HOSTNAME" -> row.put(f, host.hostname());
                case "KLLICSRV_PRODUCT" -> row.put(f, host.licensedProduct());
                case "KLLICSRV_VERSION" -> row.put(f, install == null ? "" : install.version());
                case "KLLICSRV_HOST_CURRENT" -> row.put(f, active);
                case "KLLICSRV_EXPIRATION_TIME" -> {
                    if (active && host.expiresOnHost() != null) {
                        row.set(f, KscCalls.datetime(host.expiresOnHost()));
                    }
                }
                default -> { }
            }
        }
        return row;
    }
}
