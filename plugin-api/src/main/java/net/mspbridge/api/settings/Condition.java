package net.mspbridge.api.settings;

/**
 * Holds when another field of the same panel currently has a given value. Used to show a field or
 * a mapping-table column only for some value of a toggle or select.
 *
 * @param fieldKey the key of a toggle or select field of the same panel
 * @param value    the value that makes the condition hold: {@code "true"}/{@code "false"} for a
 *                 toggle, an option id for a select
 */
public record Condition(String fieldKey, String value) {

    public Condition {
        Checks.id(fieldKey, "fieldKey");
        Checks.text(value, "value");
    }

    /** Holds while the toggle is on. */
    public static Condition whenOn(String toggleKey) {
        return new Condition(toggleKey, "true");
    }

    /** Holds while the toggle is off. */
    public static Condition whenOff(String toggleKey) {
        return new Condition(toggleKey, "false");
    }

    /** Holds while the select has the option chosen. */
    public static Condition whenEquals(String selectKey, String optionId) {
        return new Condition(selectKey, optionId);
    }

    /**
     * Whether the condition holds for the given values. A toggle with no value counts as off, as
     * {@link SettingsValues#toggle(String)} reads it.
     */
    public boolean holds(SettingsValues values) {
        String current = values.get(fieldKey).orElse("");
        if (current.isEmpty() && value.equals("false")) {
            return true;
        }
        return current.equals(value);
    }
}
