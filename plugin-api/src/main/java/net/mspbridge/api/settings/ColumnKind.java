package net.mspbridge.api.settings;

/** What a mapping-table cell holds. */
public enum ColumnKind {
    /** An option id, chosen from the column's options. */
    SELECT,
    /** {@code "true"} or {@code "false"}. */
    TOGGLE
}
