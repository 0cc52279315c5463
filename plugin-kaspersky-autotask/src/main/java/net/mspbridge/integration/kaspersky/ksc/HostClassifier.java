package net.mspbridge.integration.kaspersky.ksc;

import java.util.Locale;

import net.mspbridge.integration.kaspersky.DeviceCategory;

/**
 * Sorts a Security Center host into the three billing categories from its documented attributes
 * {@code KLHST_WKS_OS_NAME} and {@code KLHST_WKS_CTYPE} (flags of the "Windows Network Host Type
 * enum", KSC/14/KSCAPI/a00278.html).
 *
 * <ul>
 *   <li>A *nix host ({@code CT_SERVER_UNIX} 0x800 with {@code CT_SERVER_LINUX} 0x200000 or
 *       {@code CT_SERVER_FREEBSD} 0x2000) is non-Windows, whatever else it says.</li>
 *   <li>Otherwise the OS name decides when the host reports one: Windows when it says "Windows".
 *       A host whose OS is not known yet is Windows when its type has a Windows flag
 *       ({@code CT_SERVER_NT} 0x8000, {@code CT_NT} 0x1000, {@code CT_WINDOWS} 0x400000).</li>
 *   <li>A Windows host is a server when its type has {@code CT_SERVER_NT} (Windows Server operating
 *       system) or its OS name says "Windows Server"; otherwise a workstation.</li>
 *   <li>Everything else (Linux, macOS, Android, iOS, unknown) is non-Windows.</li>
 * </ul>
 */
final class HostClassifier {

    private static final long WINDOWS_FLAGS = KscHost.CTYPE_SERVER_NT | KscHost.CTYPE_NT | KscHost.CTYPE_WINDOWS;

    private HostClassifier() {
    }

    static DeviceCategory classify(KscHost host) {
        if (host.unix()) {
            return DeviceCategory.NON_WINDOWS;
        }
        String os = host.osName().strip().toLowerCase(Locale.ROOT);
        boolean windows = os.isEmpty() ? host.hasFlag(WINDOWS_FLAGS) : os.contains("windows");
        if (!windows) {
            return DeviceCategory.NON_WINDOWS;
        }
        boolean server = host.hasFlag(KscHost.CTYPE_SERVER_NT) || os.contains("windows server");
        return server ? DeviceCategory.WINDOWS_SERVER : DeviceCategory.WINDOWS_WORKSTATION;
    }
}
