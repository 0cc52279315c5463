package net.mspbridge.host.settings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.mspbridge.api.settings.FieldDefinition;
import net.mspbridge.api.settings.FieldPath;
import net.mspbridge.api.settings.PanelDefinition;
import net.mspbridge.api.settings.SecretField;
import net.mspbridge.api.settings.Severity;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.api.settings.ValidationMessage;

/**
 * The rule of contract 1.1 that a stored secret only goes to the destination it was saved with
 * ({@link SecretField#destinationKeys()}): which stored secrets a proposal would move elsewhere,
 * and what the person is told. Values are compared stripped, so white space alone moves nothing.
 * Immutable; built from one plugin's panels.
 */
final class SecretDestinations {

    private final Map<String, SecretField> secrets = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();

    SecretDestinations(List<PanelDefinition> panels) {
        for (PanelDefinition panel : panels) {
            for (FieldDefinition field : panel.fields()) {
                labels.put(field.key(), field.label());
                if (field instanceof SecretField secret && !secret.destinationKeys().isEmpty()) {
                    secrets.put(secret.key(), secret);
                }
            }
        }
    }

    /**
     * The stored secrets that the proposal would send to another destination: set, not typed
     * again nor cleared in this request, and with a destination field whose value changed.
     */
    Set<String> moved(SettingsValues stored, SettingsValues proposed, Set<String> storedSecretKeys,
            SecretChanges changes) {
        Set<String> moved = new LinkedHashSet<>();
        for (SecretField secret : secrets.values()) {
            String key = secret.key();
            if (storedSecretKeys.contains(key) && !changes.keys().contains(key)
                    && !changed(secret, stored, proposed).isEmpty()) {
                moved.add(key);
            }
        }
        return Set.copyOf(moved);
    }

    /** The error that refuses to keep a moved secret: on the secret's field, naming what changed. */
    ValidationMessage retypeError(String secretKey, SettingsValues stored, SettingsValues proposed) {
        SecretField secret = secrets.get(secretKey);
        List<String> changed = new ArrayList<>();
        for (String key : changed(secret, stored, proposed)) {
            changed.add(labels.getOrDefault(key, key));
        }
        return new ValidationMessage(Severity.ERROR, FieldPath.field(secretKey),
                "Type {0} again: you changed {1}, and a stored secret is only ever sent to the server it was saved "
                        + "with. Nothing was saved.",
                List.of(secret.label(), String.join(" and ", changed)));
    }

    private static List<String> changed(SecretField secret, SettingsValues stored, SettingsValues proposed) {
        return secret.destinationKeys().stream()
                .filter(key -> !stored.text(key).strip().equals(proposed.text(key).strip()))
                .toList();
    }
}
