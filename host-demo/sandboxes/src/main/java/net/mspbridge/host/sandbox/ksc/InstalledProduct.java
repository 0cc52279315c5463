package net.mspbridge.host.sandbox.ksc;

import java.util.Objects;

/**
 * An application on a host as {@code HostGroup.GetHostProducts} reports it.
 *
 * @param productId KSC's product id: {@code KES}, {@code KESL}, {@code KESMAC}, {@code WSEE},
 *                  {@code KSVLA}, {@code KESMOB}, or {@code 1103} for Network Agent
 */
public record InstalledProduct(String productId, String version, String displayName) {

    public InstalledProduct {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(displayName, "displayName");
    }
}
