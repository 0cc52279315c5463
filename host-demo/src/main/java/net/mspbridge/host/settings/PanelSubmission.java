package net.mspbridge.host.settings;

import java.util.Map;
import java.util.Objects;

import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.api.settings.TableValue;

/**
 * The values a person submits for one panel.
 *
 * @param basedOn the settings version the page was showing (ignored by actions)
 * @param values  scalar values by field key (text, "true"/"false", option id)
 * @param tables  mapping-table values by field key, including cells of hidden columns
 * @param secrets secrets set or cleared; a secret not mentioned keeps its stored value
 */
public record PanelSubmission(long basedOn, Map<String, String> values, Map<String, TableValue> tables,
        SecretChanges secrets) {

    public PanelSubmission {
        values = Map.copyOf(values);
        tables = Map.copyOf(tables);
        Objects.requireNonNull(secrets, "secrets");
    }

    /** The submitted values as a change to merge into the stored ones. */
    public SettingsValues asChanges() {
        return new SettingsValues(values, tables);
    }
}
