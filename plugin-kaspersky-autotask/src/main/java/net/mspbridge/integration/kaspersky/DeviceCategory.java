package net.mspbridge.integration.kaspersky;

import java.util.Arrays;
import java.util.Optional;

/**
 * The three device categories billed separately when "Bill devices by category" is on. The key is
 * also the Services table column of the category.
 */
public enum DeviceCategory {
    WINDOWS_WORKSTATION("windowsWorkstations", "Windows workstations"),
    WINDOWS_SERVER("windowsServers", "Windows servers"),
    NON_WINDOWS("nonWindows", "Non-Windows devices");

    private final String key;
    private final String label;

    DeviceCategory(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** Stable key: settings column id and report key. */
    public String key() {
        return key;
    }

    /** The label a person sees, as on the Services tab. */
    public String label() {
        return label;
    }

    public static Optional<DeviceCategory> fromKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }
}
