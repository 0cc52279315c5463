package net.mspbridge.api.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A column of a {@link MappingTableField}.
 *
 * @param id           the column id, unique in its table; the key of its cells in {@link TableValue}
 * @param label        the column header
 * @param help         help text, empty when none
 * @param kind         select or toggle
 * @param defaultValue the cell value when none is stored ({@code "true"}/{@code "false"} for a
 *                     toggle, an option id or empty for a select)
 * @param options      static options of a select column; empty for a toggle or a live source
 * @param source       the live options of a select column; its parameters name other columns of
 *                     the same row
 * @param visibleWhen  conditions on fields of the panel (typically a toggle) for showing the column
 */
public record ColumnDefinition(
        String id,
        String label,
        String help,
        ColumnKind kind,
        String defaultValue,
        List<Option> options,
        Optional<OptionSource> source,
        List<Condition> visibleWhen) {

    public ColumnDefinition {
        Checks.id(id, "id");
        Checks.text(label, "label");
        Checks.text(help, "help");
        Checks.text(defaultValue, "defaultValue");
        options = List.copyOf(options);
        visibleWhen = List.copyOf(visibleWhen);
        if (kind == ColumnKind.SELECT && options.isEmpty() == source.isEmpty()) {
            throw new IllegalArgumentException(
                    "select column '" + id + "' needs either static options or an option source, not both or neither");
        }
        if (kind == ColumnKind.TOGGLE && (!options.isEmpty() || source.isPresent())) {
            throw new IllegalArgumentException("toggle column '" + id + "' takes no options");
        }
    }

    /** A select column. */
    public static Builder select(String id, String label) {
        return new Builder(id, label, ColumnKind.SELECT);
    }

    /** A toggle column. */
    public static Builder toggle(String id, String label) {
        return new Builder(id, label, ColumnKind.TOGGLE).defaultValue("false");
    }

    /** Builds a {@link ColumnDefinition}. */
    public static final class Builder {
        private final String id;
        private final String label;
        private final ColumnKind kind;
        private String help = "";
        private String defaultValue = "";
        private final List<Option> options = new ArrayList<>();
        private OptionSource source;
        private final List<Condition> visibleWhen = new ArrayList<>();

        private Builder(String id, String label, ColumnKind kind) {
            this.id = id;
            this.label = label;
            this.kind = kind;
        }

        public Builder help(String help) {
            this.help = help;
            return this;
        }

        public Builder defaultValue(String defaultValue) {
            this.defaultValue = defaultValue;
            return this;
        }

        public Builder option(Option option) {
            this.options.add(option);
            return this;
        }

        public Builder source(OptionSource source) {
            this.source = source;
            return this;
        }

        public Builder visibleWhen(Condition condition) {
            this.visibleWhen.add(condition);
            return this;
        }

        public ColumnDefinition build() {
            return new ColumnDefinition(id, label, help, kind, defaultValue, options,
                    Optional.ofNullable(source), visibleWhen);
        }
    }
}
