package net.mspbridge.api.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The value of a {@link MappingTableField}: for each row id, the cell values by column id. Cells
 * of hidden columns are kept like any other. An empty string means "nothing chosen".
 *
 * <p>How a save changes a stored table is {@link #merge}: see "Saving" on {@link MappingTableField}.
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

    /**
     * This (stored) table with a save's cells applied, as a host saves a mapping table: each cell of
     * {@code changes} replaces the stored cell of the same row and column, and the empty string
     * clears it; every row and cell that {@code changes} does not name is kept exactly as stored.
     * A save therefore never drops a row the panel did not show.
     *
     * @param changes the cells a person submitted
     * @return the table to store
     * @since 1.1
     */
    public TableValue merge(TableValue changes) {
        Map<String, Map<String, String>> merged = new LinkedHashMap<>(rows);
        changes.rows.forEach((rowId, cells) -> {
            Map<String, String> row = new LinkedHashMap<>(row(rowId));
            row.putAll(cells);
            merged.put(rowId, row);
        });
        return new TableValue(merged);
    }
}
