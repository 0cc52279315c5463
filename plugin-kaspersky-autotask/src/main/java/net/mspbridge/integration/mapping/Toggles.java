package net.mspbridge.integration.mapping;

import java.util.Optional;

import net.mspbridge.api.settings.FieldPath;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.api.settings.ValidationResult;

/**
 * Toggle values are {@code "true"} or {@code "false"}; {@link Boolean#parseBoolean} would read any
 * other text as off without a word, so a malformed request is refused instead.
 */
final class Toggles {

    private Toggles() {
    }

    /** The toggle's state: empty value is off; empty result for anything but true/false. */
    static Optional<Boolean> parse(String value) {
        return switch (value) {
            case "", "false" -> Optional.of(false);
            case "true" -> Optional.of(true);
            default -> Optional.empty();
        };
    }

    static void check(ValidationResult.Builder out, SettingsValues values, String key) {
        String value = values.text(key);
        if (parse(value).isEmpty()) {
            out.error(FieldPath.field(key), "A switch is on (\"true\") or off (\"false\"), not \"{0}\": switch it again.",
                    value);
        }
    }
}
