package net.mspbridge.api.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A table that maps each row supplied by the plugin (an application, a customer) to values chosen
 * in its columns (services, companies, contracts, on/off). Its value is a {@link TableValue}.
 *
 * <p>Which cells a row shows: the columns whose {@link ColumnDefinition#visibleWhen()} conditions
 * hold, unless the row {@linkplain MappingRow#isRestricted() restricts itself} to some columns.
 * Values of hidden cells are kept, so switching a toggle back and forth loses nothing.
 *
 * <p>Saving (since 1.1). The rows a panel shows may depend on other settings (an application list
 * that follows a chosen product line) or on live data (customers listed by a remote service now).
 * A save never loses a row because the panel does not show it at the moment:
 * <ul>
 *   <li>a host submits the rows the panel shows, each with all its cells (hidden columns
 *       included); it may leave out rows it does not show, and it accepts a row the panel does not
 *       show only if that row is stored already;</li>
 *   <li>the host stores the stored table merged with the submitted one
 *       ({@link TableValue#merge}): each submitted cell replaces the stored cell, and every row and
 *       cell not submitted is <b>kept as stored</b>, unchanged;</li>
 *   <li>a row that is shown and that the person cleared is submitted with its cells set to
 *       {@code ""} (and toggles to their value): it is stored with nothing chosen, exactly like a
 *       row never mapped. There is no other way to remove a row, and none is needed;</li>
 *   <li>the plugin receives the merged table in {@link net.mspbridge.api.SettingsPanelProvider#validate}
 *       and must accept rows it does not show now: it may warn about them, but an error there would
 *       block every save with nothing the person can change on the page. Its readers act only on
 *       the rows that apply now (a row of another product line bills nothing) and keep the rest
 *       for when they apply again.</li>
 * </ul>
 *
 * @param key         storage key
 * @param label       label of the table
 * @param help        help text, empty when none
 * @param rowHeader   header of the first column, which names each row
 * @param columns     the columns, in display order
 * @param rows        the rows, when they are known without remote calls; empty with a row source
 * @param rowSource   the named live source of the rows, fetched with
 *                    {@link net.mspbridge.api.SettingsPanelProvider#rows}; empty for static rows
 * @param visibleWhen conditions for showing the table
 */
public record MappingTableField(
        String key,
        String label,
        String help,
        String rowHeader,
        List<ColumnDefinition> columns,
        List<MappingRow> rows,
        Optional<String> rowSource,
        List<Condition> visibleWhen) implements FieldDefinition {

    public MappingTableField {
        Checks.id(key, "key");
        Checks.text(label, "label");
        Checks.text(help, "help");
        Checks.text(rowHeader, "rowHeader");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        visibleWhen = List.copyOf(visibleWhen);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("table '" + key + "' needs at least one column");
        }
        if (rowSource.isPresent() && !rows.isEmpty()) {
            throw new IllegalArgumentException("table '" + key + "' has both static rows and a row source");
        }
        String owner = "table '" + key + "'";
        Checks.unique(columns.stream().map(ColumnDefinition::id).toList(), "column", owner);
        Checks.unique(rows.stream().map(MappingRow::id).toList(), "row", owner);
        List<String> columnIds = columns.stream().map(ColumnDefinition::id).toList();
        for (MappingRow row : rows) {
            for (String column : concat(row.columns(), row.notApplicable())) {
                if (!columnIds.contains(column)) {
                    throw new IllegalArgumentException(
                            "row '" + row.id() + "' of " + owner + " names unknown column '" + column + "'");
                }
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Override
    public FieldKind kind() {
        return FieldKind.MAPPING_TABLE;
    }

    /** The column with the id, if the table has it. */
    public Optional<ColumnDefinition> column(String columnId) {
        return columns.stream().filter(c -> c.id().equals(columnId)).findFirst();
    }

    public static Builder builder(String key, String label) {
        return new Builder(key, label);
    }

    /** Builds a {@link MappingTableField}: key, label, at least one column, and rows or a row source. */
    public static final class Builder {
        private final String key;
        private final String label;
        private String help = "";
        private String rowHeader = "";
        private final List<ColumnDefinition> columns = new ArrayList<>();
        private final List<MappingRow> rows = new ArrayList<>();
        private String rowSource;
        private final List<Condition> visibleWhen = new ArrayList<>();

        private Builder(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public Builder help(String help) {
            this.help = help;
            return this;
        }

        public Builder rowHeader(String rowHeader) {
            this.rowHeader = rowHeader;
            return this;
        }

        public Builder column(ColumnDefinition column) {
            this.columns.add(column);
            return this;
        }

        public Builder row(MappingRow row) {
            this.rows.add(row);
            return this;
        }

        public Builder rows(List<MappingRow> rows) {
            this.rows.addAll(rows);
            return this;
        }

        public Builder rowSource(String rowSource) {
            this.rowSource = rowSource;
            return this;
        }

        public Builder visibleWhen(Condition condition) {
            this.visibleWhen.add(condition);
            return this;
        }

        public MappingTableField build() {
            return new MappingTableField(key, label, help, rowHeader, columns, rows,
                    Optional.ofNullable(rowSource), visibleWhen);
        }
    }
}
