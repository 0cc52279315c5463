package net.mspbridge.integration.settings;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import net.mspbridge.api.ConfigurationException;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.api.settings.TableValue;
import net.mspbridge.integration.kaspersky.DeviceCategory;
import net.mspbridge.integration.kaspersky.SecurityApplication;

/**
 * The saved Services mapping: whether devices are billed by category, and the services chosen for
 * each application.
 *
 * @param byCategory    "Bill devices by category"
 * @param byApplication the services per application id
 */
public record ServiceMappings(boolean byCategory, Map<String, ApplicationServices> byApplication) {

    public ServiceMappings {
        byApplication = Map.copyOf(byApplication);
    }

    /**
     * Reads the mapping from stored settings. Values were validated when saved; a value that is
     * not a service id now is a corrupted store and is refused.
     *
     * @throws ConfigurationException when a stored service id is not a number
     */
    public static ServiceMappings read(SettingsValues settings) {
        TableValue table = settings.table(SettingsKeys.SERVICES);
        Map<String, ApplicationServices> byApplication = new LinkedHashMap<>();
        for (String applicationId : table.rowIds()) {
            OptionalLong single = table.cell(applicationId, SettingsKeys.SERVICE_COLUMN)
                    .map(id -> OptionalLong.of(serviceId(applicationId, id)))
                    .orElse(OptionalLong.empty());
            Map<DeviceCategory, Long> perCategory = new EnumMap<>(DeviceCategory.class);
            for (DeviceCategory category : DeviceCategory.values()) {
                table.cell(applicationId, category.key())
                        .ifPresent(id -> perCategory.put(category, serviceId(applicationId, id)));
            }
            byApplication.put(applicationId, new ApplicationServices(single, perCategory));
        }
        return new ServiceMappings(settings.toggle(SettingsKeys.BILL_BY_CATEGORY), byApplication);
    }

    private static long serviceId(String applicationId, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ConfigurationException("The Services mapping of '" + applicationId
                    + "' holds '" + value + "', which is not an Autotask service id: choose the service again and save.");
        }
    }

    public ApplicationServices of(String applicationId) {
        return byApplication.getOrDefault(applicationId, ApplicationServices.NONE);
    }

    /**
     * The service that bills the application's usage in a category, by the rules of the Services
     * tab: an application licensed per user always uses its single service; otherwise the single
     * service with "Bill devices by category" off, the category's service with it on.
     *
     * @param category ignored for an application licensed per user
     */
    public Optional<Long> serviceFor(SecurityApplication application, DeviceCategory category) {
        ApplicationServices services = of(application.id());
        if (application.isPerUser() || !byCategory) {
            return services.single().isPresent() ? Optional.of(services.single().getAsLong()) : Optional.empty();
        }
        return services.forCategory(category);
    }
}
