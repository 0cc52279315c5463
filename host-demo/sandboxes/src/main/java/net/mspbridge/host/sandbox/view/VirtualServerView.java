package net.mspbridge.host.sandbox.view;

import java.util.ArrayList;
import java.util.List;

import net.mspbridge.host.sandbox.ksc.KscDirectory;
import net.mspbridge.host.sandbox.ksc.LicenseKey;
import net.mspbridge.host.sandbox.ksc.VServer;

/**
 * A KSC sandbox virtual server (one MSP customer) with its host count and its keys, each with the
 * hosts using it: the Kaspersky side of what billing counts.
 */
public record VirtualServerView(long id, String name, boolean enabled, int hosts, List<KeyView> keys) {

    public VirtualServerView {
        keys = List.copyOf(keys);
    }

    /** Every virtual server of the directory, in its order, with its keys by serial. */
    public static List<VirtualServerView> of(KscDirectory directory) {
        List<VirtualServerView> views = new ArrayList<>();
        for (VServer vs : directory.virtualServers()) {
            List<KeyView> keys = new ArrayList<>();
            for (LicenseKey key : directory.keys(vs.id())) {
                keys.add(new KeyView(key.serial(), key.productName(), type(key.keyType()), key.limitDate(), key.licenseCount(),
                        directory.keyHostCount(vs.id(), key.serial()), key.reportedOnly()));
            }
            views.add(new VirtualServerView(vs.id(), vs.name(), vs.enabled(), directory.hostCount(vs.id()), keys));
        }
        return views;
    }

    private static String type(int keyType) {
        return switch (keyType) {
            case LicenseKey.COMMERCIAL -> "commercial";
            case LicenseKey.TRIAL -> "trial";
            case LicenseKey.SUBSCRIPTION -> "subscription";
            default -> "type " + keyType;
        };
    }
}
