package net.mspbridge.integration.settings;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

import net.mspbridge.integration.kaspersky.DeviceCategory;

/**
 * The Autotask services chosen for one security application: the single service and, separately,
 * one per device category. Both are kept, whichever "Bill devices by category" uses now.
 */
public record ApplicationServices(OptionalLong single, Map<DeviceCategory, Long> perCategory) {

    public static final ApplicationServices NONE = new ApplicationServices(OptionalLong.empty(), Map.of());

    public ApplicationServices {
        Objects.requireNonNull(single, "single");
        perCategory = perCategory.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(perCategory));
    }

    public Optional<Long> forCategory(DeviceCategory category) {
        return Optional.ofNullable(perCategory.get(category));
    }
}
