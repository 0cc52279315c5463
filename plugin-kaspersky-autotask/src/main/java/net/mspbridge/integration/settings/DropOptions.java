package net.mspbridge.integration.settings;

import java.util.Optional;

import net.mspbridge.api.ConfigurationException;
import net.mspbridge.api.settings.SettingsValues;

/**
 * The saved "Hold sudden drops" options of the Billing options panel: when a decrease is held
 * until a person confirms it (issue 15). The rule itself is the billing package's {@code DropRule}.
 *
 * @param hold         whether sudden decreases are held; on unless turned off
 * @param sharePercent a (contract, service) losing more than this share of its units in one run is
 *                     held, {@value #MIN_SHARE}..{@value #MAX_SHARE}
 * @param zeroFrom     a fall to zero from this many units or more is held, at least 1
 */
public record DropOptions(boolean hold, int sharePercent, int zeroFrom) {

    public static final int DEFAULT_SHARE = 50;
    public static final int MIN_SHARE = 1;
    public static final int MAX_SHARE = 99;
    public static final int DEFAULT_ZERO_FROM = 5;

    public static final DropOptions DEFAULTS = new DropOptions(true, DEFAULT_SHARE, DEFAULT_ZERO_FROM);

    public DropOptions {
        if (sharePercent < MIN_SHARE || sharePercent > MAX_SHARE) {
            throw new IllegalArgumentException("drop share must be " + MIN_SHARE + ".." + MAX_SHARE + " percent: "
                    + sharePercent);
        }
        if (zeroFrom < 1) {
            throw new IllegalArgumentException("the units a fall to zero is held from must be at least 1: " + zeroFrom);
        }
    }

    /**
     * Reads the options, with the defaults for what is not stored (holding is on unless stored off).
     *
     * @throws ConfigurationException when a stored number is not a whole number in range; the message
     *                                names the field
     */
    public static DropOptions read(SettingsValues settings) {
        boolean hold = !settings.get(SettingsKeys.HOLD_DROPS).map(String::strip).filter("false"::equals).isPresent();
        String share = WholeNumbers.saved(settings, SettingsKeys.DROP_SHARE);
        int percent = share.isEmpty() ? DEFAULT_SHARE : parseShare(share).orElseThrow(() -> new ConfigurationException(
                "The drop share is \"" + share + "\": set a whole number from " + MIN_SHARE + " to " + MAX_SHARE
                        + " on the Billing options panel and save."));
        String zero = WholeNumbers.saved(settings, SettingsKeys.DROP_ZERO_FROM);
        int from = zero.isEmpty() ? DEFAULT_ZERO_FROM : parseZeroFrom(zero).orElseThrow(() -> new ConfigurationException(
                "The units from which a fall to zero is held are \"" + zero + "\": set a whole number of 1 or more on "
                        + "the Billing options panel and save."));
        return new DropOptions(hold, percent, from);
    }

    /** The share as a number in range, or empty. */
    public static Optional<Integer> parseShare(String text) {
        return WholeNumbers.inRange(text.strip(), MIN_SHARE, MAX_SHARE);
    }

    /** The units a fall to zero is held from, 1 or more, or empty. */
    public static Optional<Integer> parseZeroFrom(String text) {
        return WholeNumbers.inRange(text.strip(), 1, Integer.MAX_VALUE);
    }
}
