package net.mspbridge.api.settings;

import java.util.List;

/**
 * A write-only value such as a password or API secret. The host stores it encrypted, apart from
 * the other values, shows only whether it is set, and never sends it back to a browser. A save
 * that leaves it blank keeps the stored secret. The plugin reads it from
 * {@link net.mspbridge.api.host.Secrets}, not from {@link SettingsValues}.
 *
 * @param key         storage key
 * @param label       label
 * @param help        help text, empty when none
 * @param required    whether a secret must be set to save the panel
 * @param visibleWhen conditions for showing the field
 */
public record SecretField(String key, String label, String help, boolean required, List<Condition> visibleWhen)
        implements FieldDefinition {

    public SecretField {
        Checks.id(key, "key");
        Checks.text(label, "label");
        Checks.text(help, "help");
        visibleWhen = List.copyOf(visibleWhen);
    }

    @Override
    public FieldKind kind() {
        return FieldKind.SECRET;
    }

    public static SecretField of(String key, String label, String help, boolean required, Condition... visibleWhen) {
        return new SecretField(key, label, help, required, List.of(visibleWhen));
    }
}
