package net.mspbridge.integration.mapping;

import java.util.List;
import java.util.Map;

import net.mspbridge.api.settings.ColumnDefinition;
import net.mspbridge.api.settings.Condition;
import net.mspbridge.api.settings.MappingRow;
import net.mspbridge.api.settings.MappingTableField;
import net.mspbridge.api.settings.OptionSource;
import net.mspbridge.api.settings.PanelDefinition;
import net.mspbridge.api.settings.ToggleField;
import net.mspbridge.integration.kaspersky.DeviceCategory;
import net.mspbridge.integration.kaspersky.SecurityApplication;
import net.mspbridge.integration.settings.SettingsKeys;

/**
 * The Services panel, as the seed page describes it: the "Bill devices by category" toggle and one
 * row per security application of the chosen solution. Toggle off: one "Autotask service" column;
 * on: one column per {@link DeviceCategory}. An application licensed per user restricts its row to
 * the single column, whatever the toggle says. A category the application never runs on (catalog
 * {@code deviceCategories}) is not applicable in its row. All cells keep their values while hidden.
 */
final class ServicesPanel {

    private ServicesPanel() {
    }

    static PanelDefinition definition(List<SecurityApplication> applications) {
        Condition off = Condition.whenOff(SettingsKeys.BILL_BY_CATEGORY);
        Condition on = Condition.whenOn(SettingsKeys.BILL_BY_CATEGORY);
        OptionSource services = OptionSource.named(SettingsKeys.SERVICES_SOURCE);
        MappingTableField.Builder table = MappingTableField.builder(SettingsKeys.SERVICES, "Services")
                .help("Map each Kaspersky security application to the Autotask service its usage is billed as. "
                        + "Usage then appears in Autotask as service adjustments of the mapped contracts. "
                        + "An application with no service is not billed.")
                .rowHeader("Kaspersky security application")
                .column(ColumnDefinition.select(SettingsKeys.SERVICE_COLUMN, "Autotask service")
                        .help("The service billed for every device (or user) of the application.")
                        .source(services)
                        .visibleWhen(off)
                        .build());
        for (DeviceCategory category : DeviceCategory.values()) {
            table.column(ColumnDefinition.select(category.key(), category.label())
                    .help("Its price bills each device of this category (" + category.label()
                            + ") that uses the application's licence.")
                    .source(services)
                    .visibleWhen(on)
                    .build());
        }
        for (SecurityApplication application : applications) {
            table.row(row(application));
        }
        return PanelDefinition.builder(SettingsKeys.SERVICES_PANEL, "Services")
                .help("Map Kaspersky security applications to Autotask services, so that their usage is billed to "
                        + "the contracts of the Companies panel. The applications listed depend on the Kaspersky "
                        + "solution chosen on the Connection panel.")
                .field(ToggleField.of(SettingsKeys.BILL_BY_CATEGORY, "Bill devices by category",
                        "On: each application is mapped to three services, one each for Windows workstations, Windows "
                                + "servers and non-Windows devices, so they can be priced differently. Applications "
                                + "licensed per user (for example Kaspersky Endpoint Security Cloud Plus) keep a single "
                                + "service. Switching back and forth keeps every choice.",
                        false))
                .field(table.build())
                .build();
    }

    private static MappingRow row(SecurityApplication application) {
        if (application.isPerUser()) {
            return new MappingRow(application.id(), application.name(),
                    "Licensed per user: billed to a single service, whatever \"Bill devices by category\" says.",
                    List.of(SettingsKeys.SERVICE_COLUMN), Map.of());
        }
        // A category the application never runs on cannot have usage: shown as not applicable.
        List<String> never = java.util.Arrays.stream(DeviceCategory.values())
                .filter(category -> !application.runsOn(category)).map(DeviceCategory::key).toList();
        return new MappingRow(application.id(), application.name(), "Licensed per device.", List.of(),
                Map.of(), never);
    }
}
