package net.mspbridge.api.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One panel of the settings page: a titled group of fields saved together, with its actions.
 *
 * @param id      the panel id, unique among the plugin's panels
 * @param title   the panel title
 * @param help    an introduction shown under the title, empty when none
 * @param fields  the fields in display order; keys unique
 * @param actions the panel's actions in display order; ids unique
 */
public record PanelDefinition(
        String id,
        String title,
        String help,
        List<FieldDefinition> fields,
        List<ActionDefinition> actions) {

    public PanelDefinition {
        Checks.id(id, "id");
        Checks.text(title, "title");
        Checks.text(help, "help");
        fields = List.copyOf(fields);
        actions = List.copyOf(actions);
        String owner = "panel '" + id + "'";
        Checks.unique(fields.stream().map(FieldDefinition::key).toList(), "field key", owner);
        Checks.unique(actions.stream().map(ActionDefinition::id).toList(), "action", owner);
        List<String> keys = fields.stream().map(FieldDefinition::key).toList();
        for (FieldDefinition field : fields) {
            requireKnown(field.visibleWhen(), keys, "field '" + field.key() + "'", owner);
            if (field instanceof MappingTableField table) {
                for (ColumnDefinition column : table.columns()) {
                    requireKnown(column.visibleWhen(), keys, "column '" + column.id() + "'", owner);
                }
            }
        }
    }

    private static void requireKnown(List<Condition> conditions, List<String> keys, String subject, String owner) {
        for (Condition condition : conditions) {
            if (!keys.contains(condition.fieldKey())) {
                throw new IllegalArgumentException(subject + " of " + owner
                        + " depends on unknown field '" + condition.fieldKey() + "'");
            }
        }
    }

    /** The field with the key, if the panel has it. */
    public Optional<FieldDefinition> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    public static Builder builder(String id, String title) {
        return new Builder(id, title);
    }

    /**
     * Builds a {@link PanelDefinition}. {@link #build()} rejects duplicate field keys, duplicate
     * action ids and conditions on fields the panel does not have, so a mistake in a plugin's
     * panel shows up the first time the panel is built.
     */
    public static final class Builder {
        private final String id;
        private final String title;
        private String help = "";
        private final List<FieldDefinition> fields = new ArrayList<>();
        private final List<ActionDefinition> actions = new ArrayList<>();

        private Builder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        public Builder help(String help) {
            this.help = help;
            return this;
        }

        public Builder field(FieldDefinition field) {
            this.fields.add(field);
            return this;
        }

        public Builder action(String actionId, String label, String actionHelp) {
            this.actions.add(new ActionDefinition(actionId, label, actionHelp));
            return this;
        }

        public PanelDefinition build() {
            return new PanelDefinition(id, title, help, fields, actions);
        }
    }
}
