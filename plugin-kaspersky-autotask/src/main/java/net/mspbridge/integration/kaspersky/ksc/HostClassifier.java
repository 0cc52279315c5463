package net.mspbridge.integration.kaspersky.ksc;

import java.util.Locale;

import net.mspbridge.integration.kaspersky.DeviceCategory;

/**
 * Sorts a Security Center host into the three billing categories from its attributes.
 *
 * <ul>
 *   <li>Windows: the OS name says "Windows", or the computer type has the NT-server flag.</li>
 *   <li>A Windows host is a server when {@code KLWNF_OS_IS_SERVER} is set, the computer type has
 *       the NT-server flag, or the OS name says "Windows Server"; otherwise a workstation.</li>
 *   <li>Everything else (Linux, macOS, Android, iOS, a host whose OS is not known) is non-Windows;
 *       a Unix server is non-Windows too, whatever its server flag.</li>
 * </ul>
 */
final class HostClassifier {

    private HostClassifier() {
    }

    static DeviceCategory classify(KscHost host) {
        String os = host.osName().toLowerCase(Locale.ROOT);
        boolean ntServer = host.hasFlag(KscHost.CTYPE_NT_SERVER);
        boolean windows = os.contains("windows") || ntServer;
        if (!windows) {
            return DeviceCategory.NON_WINDOWS;
        }
        boolean server = host.server() || ntServer || os.contains("windows server");
        return server ? DeviceCategory.WINDOWS_SERVER : DeviceCategory.WINDOWS_WORKSTATION;
    }
}
