package net.mspbridge.api.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The value of a {@link MappingTableField}: for each row id, the cell values by column id. Cells
 * of hidden columns are kept like any other. An empty string means "nothing chosen".
 *
 * @param rows cell values by row id, then by column id
 */
public record TableValue(Map<String, Map<String, String>> rows) {

    private static final TableValue EMPTY = new TableValue(Map.of());

    public TableValue {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        rows.forEach((rowId, cells) -> copy.put(Checks.id(rowId, "row id"), Map.copyOf(cells)));
        rows = Map.copyOf(copy);
    }

    public static TableValue empty() {
        return EMPTY;
    }

    /** The cells of one row; empty when the row has none. */
    public Map<String, String> row(String rowId) {
        return rows.getOrDefault(rowId, Map.of());
    }

    /** The ids of the rows that have cells. */
    public Set<String> rowIds() {
        return rows.keySet();
    }

    /** The cell's value, empty when none or blank. */
    public Optional<String> cell(String rowId, String columnId) {
        String value = row(rowId).get(columnId);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** A copy with one cell set. */
    public TableValue with(String rowId, String columnId, String value) {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>(rows);
        Map<String, String> cells = new LinkedHashMap<>(row(rowId));
        cells.put(Checks.id(columnId, "column id"), Checks.text(value, "value"));
        copy.put(rowId, cells);
        return new TableValue(copy);
    }
}
