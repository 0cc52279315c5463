package net.mspbridge.integration.kaspersky;

import java.util.Arrays;
import java.util.Optional;

/** The Kaspersky solution an MSP manages its customers with; it decides which applications exist. */
public enum Solution {
    SECURITY_CENTER("ksc", "Kaspersky Security Center"),
    BUSINESS_HUB("kbh", "Kaspersky Business Hub");

    private final String id;
    private final String displayName;

    Solution(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    /** The id stored in the settings and used in the catalog file. */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** The solution with the stored id, if any. */
    public static Optional<Solution> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
