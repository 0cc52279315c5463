package net.mspbridge.integration.mapping;

import net.mspbridge.api.settings.FieldPath;
import net.mspbridge.api.settings.PanelDefinition;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.api.settings.TextField;
import net.mspbridge.api.settings.ToggleField;
import net.mspbridge.api.settings.ValidationResult;
import net.mspbridge.integration.settings.BillingOptions;
import net.mspbridge.integration.settings.SettingsKeys;

/** The "Billing options" panel and its (local) validation. */
final class BillingOptionsPanel {

    static final String ZERO_STALE_UNITS_HELP = "When a mapping moves (an application to another service, a customer "
            + "to another contract), the units this plugin billed earlier to the old contract service stay there. "
            + "On: each billing run brings such units down to zero with an adjustment. Off: they are left as they "
            + "are and listed in the run report for you to handle. Services the plugin never billed are never touched.";

    private BillingOptionsPanel() {
    }

    static PanelDefinition definition() {
        return PanelDefinition.builder(SettingsKeys.BILLING_PANEL, "Billing options")
                .field(ToggleField.of(SettingsKeys.ZERO_STALE_UNITS, "Zero stale units", ZERO_STALE_UNITS_HELP, false))
                .field(TextField.builder(SettingsKeys.API_BUDGET_SHARE, "API budget share (%)")
                        .help("Autotask allows 10,000 API requests per hour per database, shared by every integration "
                                + "of it. A billing run stops and defers the rest once this share of the budget is in "
                                + "use. A whole number from " + BillingOptions.MIN_SHARE + " to "
                                + BillingOptions.MAX_SHARE + ".")
                        .defaultValue(Integer.toString(BillingOptions.DEFAULT_SHARE))
                        .build())
                .build();
    }

    static ValidationResult validate(SettingsValues values) {
        ValidationResult.Builder out = ValidationResult.builder();
        Toggles.check(out, values, SettingsKeys.ZERO_STALE_UNITS);
        String share = values.text(SettingsKeys.API_BUDGET_SHARE).trim();
        if (!share.isEmpty() && BillingOptions.parseShare(share).isEmpty()) {
            out.error(FieldPath.field(SettingsKeys.API_BUDGET_SHARE),
                    "The API budget share must be a whole number of percent from {0} to {1}; \"{2}\" is not.",
                    Integer.toString(BillingOptions.MIN_SHARE), Integer.toString(BillingOptions.MAX_SHARE), share);
        }
        return out.build();
    }
}
