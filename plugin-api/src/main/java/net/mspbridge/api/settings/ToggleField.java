package net.mspbridge.api.settings;

import java.util.List;

/**
 * On or off, stored as {@code "true"} or {@code "false"}.
 *
 * @param key          storage key
 * @param label        label
 * @param help         help text, empty when none
 * @param defaultValue the state when none is stored
 * @param visibleWhen  conditions for showing the field
 */
public record ToggleField(String key, String label, String help, boolean defaultValue, List<Condition> visibleWhen)
        implements FieldDefinition {

    public ToggleField {
        Checks.id(key, "key");
        Checks.text(label, "label");
        Checks.text(help, "help");
        visibleWhen = List.copyOf(visibleWhen);
    }

    @Override
    public FieldKind kind() {
        return FieldKind.TOGGLE;
    }

    public static ToggleField of(String key, String label, String help, boolean defaultValue, Condition... visibleWhen) {
        return new ToggleField(key, label, help, defaultValue, List.of(visibleWhen));
    }
}
