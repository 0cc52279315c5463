package net.mspbridge.integration.kaspersky;

import java.util.List;
import java.util.Objects;

/**
 * One Kaspersky security application of the catalog.
 *
 * @param id             stable id, stored in the Services mapping; never reused for another product
 * @param name           the product name as Kaspersky writes it
 * @param solution       the solution that manages it
 * @param licensing      per device or per user
 * @param kscProductIds  Security Center product ids that identify it on a host
 *                       ({@code HostGroup.GetHostProducts} keys, {@code KLLICSRV_PRODUCT}), compared
 *                       ignoring case; empty for Business Hub products
 * @param productNames   product names (as a host inventory reports them) that identify it
 */
public record SecurityApplication(
        String id,
        String name,
        Solution solution,
        Licensing licensing,
        List<String> kscProductIds,
        List<String> productNames) {

    public SecurityApplication {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(solution, "solution");
        Objects.requireNonNull(licensing, "licensing");
        kscProductIds = List.copyOf(kscProductIds);
        productNames = List.copyOf(productNames);
    }

    public boolean isPerUser() {
        return licensing == Licensing.PER_USER;
    }
}
