package net.mspbridge.host.sandbox.ksc;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A managed host of a virtual server, with the host attributes {@code HostGroup.FindHosts}
 * returns, its installed applications and the licence key its security application uses.
 *
 * @param hostname       {@code KLHST_WKS_HOSTNAME}: the host's unique id (a GUID-like string)
 * @param displayName    {@code KLHST_WKS_DN}
 * @param groupId        {@code KLHST_WKS_GROUPID}
 * @param osName         {@code KLHST_WKS_OS_NAME}
 * @param server         whether its OS is a server OS: {@code KLWNF_OS_IS_SERVER} of the OS dictionary
 *                       ({@code OsVersion.GetAttributesByOs}), not a host attribute, so {@code FindHosts} never serves it
 * @param computerType   {@code KLHST_WKS_CTYPE} flags ("Windows Network Host Type enum", KSC/14/KSCAPI/a00278.html):
 *                       0x1 workstation, 0x8000 Windows Server OS, 0x800 Unix with 0x200000 Linux or 0x2000 FreeBSD
 * @param platformType   {@code KLHST_WKS_PTYPE}
 * @param licenseSerial  the serial of the key its security application uses as its active key, or null when none
 * @param licensedProduct the product id that uses the key (one of {@code products}, in the case the host reports
 *                       it, which may differ from the catalog's), or null
 * @param reserveSerial  the serial of the key it holds as its reserve (next) key, or null
 * @param expiresOnHost  when its active key expires on this host ({@code KLLICSRV_EXPIRATION_TIME}), or null
 */
public record KscDevice(String hostname, String displayName, int groupId, String osName, boolean server,
                      int computerType, int platformType, List<InstalledProduct> products, String licenseSerial,
                      String licensedProduct, String reserveSerial, Instant expiresOnHost) {

    public static final int CTYPE_WORKSTATION = 0x1;
    /** {@code CT_SERVER_NT}: a Windows Server operating system. */
    public static final int CTYPE_NT_SERVER = 0x8000;
    /** {@code CT_SERVER_UNIX} with {@code CT_SERVER_LINUX}: a Linux host (0x10000 is {@code CT_POTENTIAL_BROWSER}). */
    public static final int CTYPE_LINUX = 0x800 | 0x200000;

    /** A host with no reserve key and no expiry of its own. */
    public KscDevice(String hostname, String displayName, int groupId, String osName, boolean server, int computerType,
                   int platformType, List<InstalledProduct> products, String licenseSerial, String licensedProduct) {
        this(hostname, displayName, groupId, osName, server, computerType, platformType, products, licenseSerial,
                licensedProduct, null, null);
    }

    public KscDevice {
        Objects.requireNonNull(hostname, "hostname");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(osName, "osName");
        products = List.copyOf(products);
        if ((licenseSerial == null) != (licensedProduct == null)) {
            throw new IllegalArgumentException("host " + displayName + ": a licence serial and the product using it go together");
        }
        if (reserveSerial != null && licensedProduct == null) {
            throw new IllegalArgumentException("host " + displayName + ": a reserve key needs the product using it");
        }
    }

    /** The installed product using the key, if any (product ids compared ignoring case). */
    public InstalledProduct licensedInstall() {
        return products.stream().filter(p -> p.productId().equalsIgnoreCase(licensedProduct)).findFirst().orElse(null);
    }

    /** Whether the host uses the key, as its active or its reserve key. */
    public boolean uses(String serial) {
        return serial.equals(licenseSerial) || serial.equals(reserveSerial);
    }
}
