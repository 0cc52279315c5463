package net.mspbridge.api.settings;

import java.util.List;
import java.util.Map;

/**
 * A row of a {@link MappingTableField}, supplied by the plugin: one thing to map (a security
 * application, a customer).
 *
 * <p>A row that lists {@code columns} uses exactly those columns, whatever the columns' own
 * conditions say: the host shows those cells (spanning the visible columns where needed) and the
 * plugin refuses values in any other column of the row. This is how an application licensed per
 * user keeps a single service while the table shows one service per device category.
 *
 * <p>A row may also name columns that can never apply to it ({@code notApplicable}), for example a
 * device category an application never runs on. While such a column is shown, the host shows the
 * row's cell as "not applicable", without a control, and sends no value for it; a value stored
 * there earlier is kept, like any cell not shown, and the plugin ignores it.
 *
 * @param id          the row id, unique in its table; the key of its cells in {@link TableValue}
 * @param label       what the row maps, as the person knows it
 * @param description more detail, for example the licensing model; empty when none
 * @param columns     the only columns this row uses; empty when it uses the table's visible columns
 * @param suggestions proposed cell values (column id to value) for a row with no stored value, for
 *                    the person to accept by saving; the host shows them marked as suggestions
 * @param notApplicable columns that can never hold a value for this row, shown as not applicable
 *                    (since 1.1); empty when every column applies
 */
public record MappingRow(
        String id,
        String label,
        String description,
        List<String> columns,
        Map<String, String> suggestions,
        List<String> notApplicable) {

    public MappingRow {
        Checks.id(id, "id");
        Checks.text(label, "label");
        Checks.text(description, "description");
        columns = List.copyOf(columns);
        suggestions = Map.copyOf(suggestions);
        notApplicable = List.copyOf(notApplicable);
        for (String column : notApplicable) {
            if (columns.contains(column)) {
                throw new IllegalArgumentException("row '" + id + "' both uses and rules out column '" + column + "'");
            }
        }
    }

    /** A row where every column applies: the constructor of contract 1.0. */
    public MappingRow(String id, String label, String description, List<String> columns, Map<String, String> suggestions) {
        this(id, label, description, columns, suggestions, List.of());
    }

    /** A row that uses the table's visible columns and has no suggestions. */
    public static MappingRow of(String id, String label) {
        return new MappingRow(id, label, "", List.of(), Map.of());
    }

    /** Whether this row restricts itself to some columns. */
    public boolean isRestricted() {
        return !columns.isEmpty();
    }

    /** Whether this row may hold a value in the column. */
    public boolean allows(String columnId) {
        return (columns.isEmpty() || columns.contains(columnId)) && !notApplicable.contains(columnId);
    }

    /**
     * A copy that rules out some columns for this row (shown as not applicable).
     *
     * @since 1.1
     */
    public MappingRow withNotApplicable(List<String> columnIds) {
        return new MappingRow(id, label, description, columns, suggestions, columnIds);
    }
}
