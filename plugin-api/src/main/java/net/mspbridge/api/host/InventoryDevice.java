package net.mspbridge.api.host;

import java.util.List;
import java.util.Objects;

/**
 * A managed device.
 *
 * @param id           the host's stable id for the device
 * @param name         host name or display name
 * @param osFamily     the operating system family
 * @param osName       the operating system as reported, for example "Windows Server 2022 Standard"
 * @param type         what the device is used as
 * @param applications the security applications installed on it, with their licence state
 */
public record InventoryDevice(
        String id,
        String name,
        OsFamily osFamily,
        String osName,
        DeviceType type,
        List<InstalledApplication> applications) {

    public InventoryDevice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(osFamily, "osFamily");
        Objects.requireNonNull(osName, "osName");
        Objects.requireNonNull(type, "type");
        applications = List.copyOf(applications);
    }

    /** Operating system families an RMM distinguishes. */
    public enum OsFamily { WINDOWS, MACOS, LINUX, ANDROID, IOS, OTHER }

    /** What a device is used as. */
    public enum DeviceType { WORKSTATION, SERVER, MOBILE, VIRTUAL_MACHINE, OTHER }
}
