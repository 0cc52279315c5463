package net.mspbridge.integration.settings;

import java.util.Optional;

/**
 * The one rule behind the settings' numeric fields: a saved text is a whole number in a range, or it
 * is not. Each caller keeps its own message, which names its field and its range, and its own
 * trimming of what was typed (as it always did).
 */
final class WholeNumbers {

    private WholeNumbers() {
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
