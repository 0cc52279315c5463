package net.mspbridge.integration.settings;

import java.util.Optional;

import net.mspbridge.api.settings.SettingsValues;

/**
 * The one rule behind the settings' numeric fields: what a panel's check accepts is exactly what a
 * run reads. A saved text is read without the white space around it ({@link #saved}), and is a whole
 * number in a range, or it is not ({@link #inRange}). Each caller keeps its own message, which names
 * its field and its range.
 */
public final class WholeNumbers {

    private WholeNumbers() {
    }

    /**
     * The saved text of a numeric setting, as its panel's check and a run both read it: without the
     * white space around it ({@link String#strip()}, so Unicode spaces too); empty when nothing else
     * was saved, which means "the default". Any other character stays, so the number is refused in
     * both places alike.
     */
    public static String saved(SettingsValues values, String key) {
        return values.text(key).strip();
    }

    /**
     * The number {@code text} spells if it lies in {@code min..max} (both included), else empty; so is
     * text that is no whole number (blank, a fraction, spaces, too large for an {@code int}). The text
     * is read as {@link Integer#parseInt(String)} reads it, not trimmed.
     */
    static Optional<Integer> inRange(String text, int min, int max) {
        try {
            int value = Integer.parseInt(text);
            return value >= min && value <= max ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
