package net.mspbridge.integration.mapping;

import net.mspbridge.api.settings.FieldPath;
import net.mspbridge.api.settings.PanelDefinition;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.api.settings.TextField;
import net.mspbridge.api.settings.ToggleField;
import net.mspbridge.api.settings.ValidationResult;
import net.mspbridge.integration.settings.BillingOptions;
import net.mspbridge.integration.settings.DropOptions;
import net.mspbridge.integration.settings.SettingsKeys;
import net.mspbridge.integration.settings.WholeNumbers;

/** The "Billing options" panel and its (local) validation. */
final class BillingOptionsPanel {

    static final String ZERO_STALE_UNITS_HELP = "When a mapping moves (an application to another service, a customer "
            + "to another contract), the units this plugin billed earlier to the old contract service stay there. "
            + "On: each billing run brings such units down to zero with an adjustment. Off: they are left as they "
            + "are and listed in the run report for you to handle. Services the plugin never billed are never touched.";

    static final String HOLD_DROPS_HELP = "A credit cannot be taken back except by billing again, and it shows on the "
            + "customer's invoice. On: a sudden decrease (below) is not sent but held and listed on the Billing page "
            + "until a person confirms it; so is any decrease of a contract one of whose customers had usage at the "
            + "last apply and reports none now (a virtual server whose hosts have not reconnected yet). Increases are "
            + "never held.";

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
                .field(ToggleField.of(SettingsKeys.HOLD_DROPS, "Hold sudden drops", HOLD_DROPS_HELP, true))
                .field(TextField.builder(SettingsKeys.DROP_SHARE, "Hold a drop of more than (%)")
                        .help("A service of a contract that would lose more than this share of its units in one run is "
                                + "held. A whole number from " + DropOptions.MIN_SHARE + " to " + DropOptions.MAX_SHARE + ".")
                        .defaultValue(Integer.toString(DropOptions.DEFAULT_SHARE))
                        .build())
                .field(TextField.builder(SettingsKeys.DROP_ZERO_FROM, "Hold a fall to zero from (units)")
                        .help("A service of a contract that would fall to zero from this many units or more is held. "
                                + "A whole number, 1 or more.")
                        .defaultValue(Integer.toString(DropOptions.DEFAULT_ZERO_FROM))
                        .build())
                .build();
    }

    static ValidationResult validate(SettingsValues values) {
        ValidationResult.Builder out = ValidationResult.builder();
        Toggles.check(out, values, SettingsKeys.ZERO_STALE_UNITS);
        String share = WholeNumbers.saved(values, SettingsKeys.API_BUDGET_SHARE);
        if (!share.isEmpty() && BillingOptions.parseShare(share).isEmpty()) {
            out.error(FieldPath.field(SettingsKeys.API_BUDGET_SHARE),
                    "The API budget share must be a whole number of percent from {0} to {1}; \"{2}\" is not.",
                    Integer.toString(BillingOptions.MIN_SHARE), Integer.toString(BillingOptions.MAX_SHARE), share);
        }
        Toggles.check(out, values, SettingsKeys.HOLD_DROPS);
        String dropShare = WholeNumbers.saved(values, SettingsKeys.DROP_SHARE);
        if (!dropShare.isEmpty() && DropOptions.parseShare(dropShare).isEmpty()) {
            out.error(FieldPath.field(SettingsKeys.DROP_SHARE),
                    "The drop share must be a whole number of percent from {0} to {1}; \"{2}\" is not.",
                    Integer.toString(DropOptions.MIN_SHARE), Integer.toString(DropOptions.MAX_SHARE), dropShare);
        }
        String zeroFrom = WholeNumbers.saved(values, SettingsKeys.DROP_ZERO_FROM);
        if (!zeroFrom.isEmpty() && DropOptions.parseZeroFrom(zeroFrom).isEmpty()) {
            out.error(FieldPath.field(SettingsKeys.DROP_ZERO_FROM),
                    "The units a fall to zero is held from must be a whole number, 1 or more; \"{0}\" is not.", zeroFrom);
        }
        return out.build();
    }
}
