package net.mspbridge.integration.kaspersky;

/**
 * Billable usage of one application at one customer: devices per category for an application
 * licensed per device, users for one licensed per user. Only usage under active commercial keys
 * and subscriptions is counted.
 */
public record UsageCounts(int windowsWorkstations, int windowsServers, int nonWindows, int users) {

    public static final UsageCounts NONE = new UsageCounts(0, 0, 0, 0);

    public UsageCounts {
        if (windowsWorkstations < 0 || windowsServers < 0 || nonWindows < 0 || users < 0) {
            throw new IllegalArgumentException("usage counts must not be negative");
        }
    }

    public static UsageCounts ofUsers(int users) {
        return new UsageCounts(0, 0, 0, users);
    }

    /** The devices counted in one category. */
    public int devices(DeviceCategory category) {
        return switch (category) {
            case WINDOWS_WORKSTATION -> windowsWorkstations;
            case WINDOWS_SERVER -> windowsServers;
            case NON_WINDOWS -> nonWindows;
        };
    }

    /** All devices, whatever their category. */
    public int devices() {
        return windowsWorkstations + windowsServers + nonWindows;
    }

    public UsageCounts plus(UsageCounts other) {
        return new UsageCounts(windowsWorkstations + other.windowsWorkstations, windowsServers + other.windowsServers,
                nonWindows + other.nonWindows, users + other.users);
    }
}
