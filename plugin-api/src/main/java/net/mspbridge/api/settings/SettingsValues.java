package net.mspbridge.api.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A plugin's settings values as the host stores them: one string per field key, one
 * {@link TableValue} per mapping table. Secrets are not here (see
 * {@link net.mspbridge.api.host.Secrets}).
 *
 * @param values scalar values by field key: text, {@code "true"}/{@code "false"} for toggles, the
 *               option id for selects
 * @param tables mapping-table values by field key
 */
public record SettingsValues(Map<String, String> values, Map<String, TableValue> tables) {

    private static final SettingsValues EMPTY = new SettingsValues(Map.of(), Map.of());

    public SettingsValues {
        values.keySet().forEach(key -> Checks.id(key, "key"));
        tables.keySet().forEach(key -> Checks.id(key, "key"));
        values = Map.copyOf(values);
        tables = Map.copyOf(tables);
    }

    public static SettingsValues empty() {
        return EMPTY;
    }

    /** The value stored for the key, empty when none. */
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** The value stored for the key, or {@code ""}. */
    public String text(String key) {
        return values.getOrDefault(key, "");
    }

    /** The toggle's state; {@code false} when no value is stored. */
    public boolean toggle(String key) {
        return Boolean.parseBoolean(values.get(key));
    }

    /** The table stored for the key; empty when none. */
    public TableValue table(String key) {
        return tables.getOrDefault(key, TableValue.empty());
    }

    /** A copy with one scalar value set. */
    public SettingsValues with(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.put(key, Checks.text(value, "value"));
        return new SettingsValues(copy, tables);
    }

    /** A copy with one table set. */
    public SettingsValues withTable(String key, TableValue table) {
        Map<String, TableValue> copy = new LinkedHashMap<>(tables);
        copy.put(key, table);
        return new SettingsValues(values, copy);
    }

    /**
     * A copy with every value and table of {@code changes} replacing this one's: a submitted table
     * replaces the stored one whole. A host saving a panel uses {@link #mergeSave} instead, which
     * keeps stored rows the panel did not show.
     */
    public SettingsValues merge(SettingsValues changes) {
        Map<String, String> mergedValues = new LinkedHashMap<>(values);
        mergedValues.putAll(changes.values);
        Map<String, TableValue> mergedTables = new LinkedHashMap<>(tables);
        mergedTables.putAll(changes.tables);
        return new SettingsValues(mergedValues, mergedTables);
    }

    /**
     * The settings a host proposes (and then stores) for a panel save: every scalar value of
     * {@code changes} replaces this one's, and every submitted table is merged into the stored one
     * cell by cell ({@link TableValue#merge}), so rows and cells the panel did not show are kept as
     * stored. Values and tables that {@code changes} does not name are kept.
     *
     * @param changes the values and tables of the submitted panel
     * @return the proposed settings
     * @since 1.1
     */
    public SettingsValues mergeSave(SettingsValues changes) {
        Map<String, String> mergedValues = new LinkedHashMap<>(values);
        mergedValues.putAll(changes.values);
        Map<String, TableValue> mergedTables = new LinkedHashMap<>(tables);
        changes.tables.forEach((key, table) -> mergedTables.put(key, table(key).merge(table)));
        return new SettingsValues(mergedValues, mergedTables);
    }
}
