package net.mspbridge.integration.settings;

import java.util.Optional;

import net.mspbridge.api.ConfigurationException;
import net.mspbridge.api.settings.SettingsValues;

/**
 * The saved "Billing options" panel.
 *
 * @param zeroStaleUnits        bring units this plugin billed earlier, on a (contract, service) that
 *                              no mapping targets any more, down to zero; off: report them only
 * @param apiBudgetSharePercent the share of the shared hourly Autotask API budget a billing run
 *                              may use up to, {@value #MIN_SHARE}..{@value #MAX_SHARE}
 */
public record BillingOptions(boolean zeroStaleUnits, int apiBudgetSharePercent) {

    public static final int DEFAULT_SHARE = 50;
    public static final int MIN_SHARE = 10;
    public static final int MAX_SHARE = 90;

    public static final BillingOptions DEFAULTS = new BillingOptions(false, DEFAULT_SHARE);

    public BillingOptions {
        if (apiBudgetSharePercent < MIN_SHARE || apiBudgetSharePercent > MAX_SHARE) {
            throw new IllegalArgumentException("API budget share must be " + MIN_SHARE + ".." + MAX_SHARE + " percent: "
                    + apiBudgetSharePercent);
        }
    }

    /**
     * Reads the options from stored settings, with the defaults for what is not stored.
     *
     * @throws ConfigurationException when the stored budget share is not a whole number in range
     */
    public static BillingOptions read(SettingsValues settings) {
        String share = WholeNumbers.saved(settings, SettingsKeys.API_BUDGET_SHARE);
        int percent = share.isEmpty() ? DEFAULT_SHARE : parseShare(share).orElseThrow(() -> new ConfigurationException(
                "The API budget share is \"" + share + "\": set a whole number from " + MIN_SHARE + " to " + MAX_SHARE
                        + " on the Billing options panel and save."));
        return new BillingOptions(settings.toggle(SettingsKeys.ZERO_STALE_UNITS), percent);
    }

    /** The share as a number in range, or empty. */
    public static Optional<Integer> parseShare(String text) {
        return WholeNumbers.inRange(text.strip(), MIN_SHARE, MAX_SHARE);
    }
}
