package net.mspbridge.host.sandbox.ksc;

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
 * @param server         {@code KLWNF_OS_IS_SERVER}
 * @param computerType   {@code KLHST_WKS_CTYPE} flags: 0x1 workstation, 0x8000 NT server, 0x10000 Unix server
 * @param platformType   {@code KLHST_WKS_PTYPE}
 * @param licenseSerial  the serial of the key its security application uses, or null when none
 * @param licensedProduct the product id that uses the key (one of {@code products}), or null
 */
public record KscHost(String hostname, String displayName, int groupId, String osName, boolean server,
                      int computerType, int platformType, List<InstalledProduct> products, String licenseSerial,
                      String licensedProduct) {

    public static final int CTYPE_WORKSTATION = 0x1;
    public static final int CTYPE_NT_SERVER = 0x8000;
    public static final int CTYPE_UNIX_SERVER = 0x10000;

    public KscHost {
        Objects.requireNonNull(hostname, "hostname");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(osName, "osName");
        products = List.copyOf(products);
        if ((licenseSerial == null) != (licensedProduct == null)) {
            throw new IllegalArgumentException("host " + displayName + ": a licence serial and the product using it go together");
        }
    }

    /** The installed product using the key, if any. */
    public InstalledProduct licensedInstall() {
        return products.stream().filter(p -> p.productId().equals(licensedProduct)).findFirst().orElse(null);
    }
}
