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
 * @param deviceCategories the device categories it runs on, so the only ones it can have usage in;
 *                       empty when not known, which counts as every category. Per-user
 *                       applications are billed per user and leave it empty.
 */
public record SecurityApplication(
        String id,
        String name,
        Solution solution,
        Licensing licensing,
        List<String> kscProductIds,
        List<String> productNames,
        List<DeviceCategory> deviceCategories) {

    public SecurityApplication {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(solution, "solution");
        Objects.requireNonNull(licensing, "licensing");
        kscProductIds = List.copyOf(kscProductIds);
        productNames = List.copyOf(productNames);
        deviceCategories = deviceCategories == null ? List.of() : List.copyOf(deviceCategories);
    }

    /** An application that may run on every device category. */
    public SecurityApplication(String id, String name, Solution solution, Licensing licensing, List<String> kscProductIds,
            List<String> productNames) {
        this(id, name, solution, licensing, kscProductIds, productNames, List.of());
    }

    /** Whether it can have usage in the category (per-device applications; always true when not known). */
    public boolean runsOn(DeviceCategory category) {
        return deviceCategories.isEmpty() || deviceCategories.contains(category);
    }

    public boolean isPerUser() {
        return licensing == Licensing.PER_USER;
    }
}
