package net.mspbridge.host.sandbox.seed;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import net.mspbridge.host.sandbox.ksc.InstalledProduct;
import net.mspbridge.host.sandbox.ksc.KscDevice;

/** Makes believable KSC hosts: OS, flags, installed products and the key used. */
final class DemoHosts {

    enum Kind {
        WORKSTATION("Microsoft Windows 11 Pro", false, KscDevice.CTYPE_WORKSTATION, 1, "KES"),
        OLD_WORKSTATION("Microsoft Windows 10 Enterprise", false, KscDevice.CTYPE_WORKSTATION, 1, "KES"),
        SERVER("Microsoft Windows Server 2022 Standard", true, KscDevice.CTYPE_NT_SERVER, 1, "WSEE"),
        SERVER_WITH_KES("Microsoft Windows Server 2019 Datacenter", true, KscDevice.CTYPE_NT_SERVER, 1, "KES"),
        LINUX_SERVER("Ubuntu 22.04 LTS", true, KscDevice.CTYPE_LINUX, 2, "KESL"),
        RHEL_SERVER("Red Hat Enterprise Linux 9", true, KscDevice.CTYPE_LINUX, 2, "KESL"),
        MAC("macOS 14 Sonoma", false, KscDevice.CTYPE_WORKSTATION, 3, "KESMAC"),
        ANDROID("Android 14", false, KscDevice.CTYPE_WORKSTATION, 4, "KESMOB"),
        VDI("Microsoft Windows 10 Enterprise", false, KscDevice.CTYPE_WORKSTATION, 1, "KSVLA");

        final String os;
        final boolean server;
        final int ctype;
        final int ptype;
        final String product;

        Kind(String os, boolean server, int ctype, int ptype, String product) {
            this.os = os;
            this.server = server;
            this.ctype = ctype;
            this.ptype = ptype;
            this.product = product;
        }
    }

    static final InstalledProduct NETWORK_AGENT = new InstalledProduct("1103", "14.2.0.26967", "Kaspersky Security Center Network Agent");

    private DemoHosts() {
    }

    static InstalledProduct product(String id) {
        return switch (id) {
            case "KES" -> new InstalledProduct("KES", "12.6.0.438", "Kaspersky Endpoint Security for Windows");
            case "WSEE" -> new InstalledProduct("WSEE", "11.0.1.897", "Kaspersky Security for Windows Server");
            case "KESL" -> new InstalledProduct("KESL", "12.1.0.1297", "Kaspersky Endpoint Security for Linux");
            case "KESMAC" -> new InstalledProduct("KESMAC", "12.1.0.553", "Kaspersky Endpoint Security for Mac");
            case "KESMOB" -> new InstalledProduct("KESMOB", "10.52.32.9", "Kaspersky Endpoint Security for Android");
            case "KSVLA" -> new InstalledProduct("KSVLA", "6.2.0.133", "Kaspersky Security for Virtualization Light Agent");
            default -> throw new IllegalArgumentException("no product " + id);
        };
    }

    /** A GUID-like host id, the same for the same inputs. */
    static String hostId(long vs, String displayName) {
        return UUID.nameUUIDFromBytes((vs + "/" + displayName).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * A host; {@code serial} null for one whose security application uses no key, {@code withProduct}
     * false for one with only the Network Agent.
     */
    static KscDevice host(long vs, int group, String displayName, Kind kind, boolean withProduct, String serial) {
        return host(hostId(vs, displayName), group, displayName, kind, withProduct, serial);
    }

    static KscDevice host(String hostname, int group, String displayName, Kind kind, boolean withProduct, String serial) {
        List<InstalledProduct> products = new ArrayList<>();
        products.add(NETWORK_AGENT);
        if (withProduct) {
            products.add(product(kind.product));
        }
        String licensed = withProduct && serial != null ? kind.product : null;
        return new KscDevice(hostname, displayName, group, kind.os, kind.server, kind.ctype, kind.ptype,
                products, licensed == null ? null : serial, licensed);
    }

    /** The host holding {@code serial} as its reserve (next) key. */
    static KscDevice reserve(KscDevice h, String serial) {
        return new KscDevice(h.hostname(), h.displayName(), h.groupId(), h.osName(), h.server(), h.computerType(),
                h.platformType(), h.products(), h.licenseSerial(), h.licensedProduct(), serial, h.expiresOnHost());
    }

    /** The host whose active key expired on it at {@code when}, whatever the key's own limit. */
    static KscDevice expiringOnHost(KscDevice h, java.time.Instant when) {
        return new KscDevice(h.hostname(), h.displayName(), h.groupId(), h.osName(), h.server(), h.computerType(),
                h.platformType(), h.products(), h.licenseSerial(), h.licensedProduct(), h.reserveSerial(), when);
    }

    /** The host reporting its licensed product id in another case ({@code kesl} for {@code KESL}). */
    static KscDevice productIdAs(KscDevice h, String productId) {
        return new KscDevice(h.hostname(), h.displayName(), h.groupId(), h.osName(), h.server(), h.computerType(),
                h.platformType(), h.products(), h.licenseSerial(), productId, h.reserveSerial(), h.expiresOnHost());
    }
}
