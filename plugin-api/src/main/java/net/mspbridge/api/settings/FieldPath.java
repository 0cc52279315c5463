package net.mspbridge.api.settings;

/**
 * Where a {@link ValidationMessage} belongs: the panel as a whole, a field, a row of a mapping
 * table, or one cell.
 *
 * @param fieldKey the field key; empty for the panel as a whole
 * @param rowId    the mapping-table row; empty for a whole field
 * @param columnId the mapping-table column; empty for a whole row
 */
public record FieldPath(String fieldKey, String rowId, String columnId) {

    private static final FieldPath PANEL = new FieldPath("", "", "");

    public FieldPath {
        Checks.text(fieldKey, "fieldKey");
        Checks.text(rowId, "rowId");
        Checks.text(columnId, "columnId");
        if (fieldKey.isEmpty() && !rowId.isEmpty() || rowId.isEmpty() && !columnId.isEmpty()) {
            throw new IllegalArgumentException("a row needs a field and a column needs a row");
        }
    }

    /** The panel as a whole. */
    public static FieldPath panel() {
        return PANEL;
    }

    public static FieldPath field(String fieldKey) {
        return new FieldPath(Checks.id(fieldKey, "fieldKey"), "", "");
    }

    public static FieldPath row(String fieldKey, String rowId) {
        return new FieldPath(Checks.id(fieldKey, "fieldKey"), Checks.id(rowId, "rowId"), "");
    }

    public static FieldPath cell(String fieldKey, String rowId, String columnId) {
        return new FieldPath(Checks.id(fieldKey, "fieldKey"), Checks.id(rowId, "rowId"), Checks.id(columnId, "columnId"));
    }
}
