package net.mspbridge.integration.mapping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.mspbridge.api.settings.ColumnDefinition;
import net.mspbridge.api.settings.FieldDefinition;
import net.mspbridge.api.settings.MappingRow;
import net.mspbridge.api.settings.MappingTableField;
import net.mspbridge.api.settings.PanelDefinition;
import net.mspbridge.api.settings.SelectField;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.api.settings.TextField;
import net.mspbridge.api.settings.ToggleField;

/**
 * What a generic host shows of a panel, computed from the definition alone as a host renders it:
 * the form starts from the stored values with each field's default where nothing is stored, and
 * shows a field or column while all its conditions hold ({@code Condition.holds}); a restricted row
 * shows exactly its own columns ({@code MappingRow.allows}).
 */
final class HostView {

    private final PanelDefinition panel;
    private final SettingsValues form;

    private HostView(PanelDefinition panel, SettingsValues form) {
        this.panel = panel;
        this.form = form;
    }

    static HostView of(PanelDefinition panel, SettingsValues stored) {
        Map<String, String> defaults = new HashMap<>();
        for (FieldDefinition field : panel.fields()) {
            if (field instanceof ToggleField toggle) {
                defaults.put(toggle.key(), Boolean.toString(toggle.defaultValue()));
            } else if (field instanceof SelectField select && !select.defaultValue().isEmpty()) {
                defaults.put(select.key(), select.defaultValue());
            } else if (field instanceof TextField text && !text.defaultValue().isEmpty()) {
                defaults.put(text.key(), text.defaultValue());
            }
        }
        return new HostView(panel, new SettingsValues(defaults, Map.of()).merge(stored));
    }

    /** The value the form shows for a field. */
    String value(String key) {
        return form.text(key);
    }

    List<String> visibleFields() {
        return panel.fields().stream()
                .filter(f -> f.visibleWhen().stream().allMatch(c -> c.holds(form)))
                .map(FieldDefinition::key)
                .toList();
    }

    MappingTableField table(String key) {
        return (MappingTableField) panel.field(key).orElseThrow();
    }

    List<String> visibleColumns(String tableKey) {
        return table(tableKey).columns().stream()
                .filter(c -> c.visibleWhen().stream().allMatch(condition -> condition.holds(form)))
                .map(ColumnDefinition::id)
                .toList();
    }

    /** The cells the row shows: its own columns when restricted, else the visible ones it allows. */
    List<String> cells(String tableKey, MappingRow row) {
        if (row.isRestricted()) {
            return table(tableKey).columns().stream().map(ColumnDefinition::id).filter(row::allows).toList();
        }
        return visibleColumns(tableKey).stream().filter(row::allows).toList();
    }

    /** The cells of a static row, by row id. */
    List<String> cells(String tableKey, String rowId) {
        return cells(tableKey, table(tableKey).rows().stream().filter(r -> r.id().equals(rowId)).findFirst().orElseThrow());
    }
}
