package net.mspbridge.api.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One choice among options: static ones listed here, or live ones from a named source.
 *
 * @param key          storage key; the stored value is the chosen option's id
 * @param label        label
 * @param help         help text, empty when none
 * @param required     whether a choice is needed to save the panel
 * @param defaultValue the option id chosen when none is stored, empty when none
 * @param options      the static options; empty when {@code source} is present
 * @param source       the live source of the options; empty when {@code options} are static
 * @param visibleWhen  conditions for showing the field
 */
public record SelectField(
        String key,
        String label,
        String help,
        boolean required,
        String defaultValue,
        List<Option> options,
        Optional<OptionSource> source,
        List<Condition> visibleWhen) implements FieldDefinition {

    public SelectField {
        Checks.id(key, "key");
        Checks.text(label, "label");
        Checks.text(help, "help");
        Checks.text(defaultValue, "defaultValue");
        options = List.copyOf(options);
        visibleWhen = List.copyOf(visibleWhen);
        if (options.isEmpty() == source.isEmpty()) {
            throw new IllegalArgumentException(
                    "select '" + key + "' needs either static options or an option source, not both or neither");
        }
        Checks.unique(options.stream().map(Option::id).toList(), "option", "select '" + key + "'");
    }

    @Override
    public FieldKind kind() {
        return FieldKind.SELECT;
    }

    public static Builder builder(String key, String label) {
        return new Builder(key, label);
    }

    /** Builds a {@link SelectField}: key, label and either options or a source. */
    public static final class Builder {
        private final String key;
        private final String label;
        private String help = "";
        private boolean required;
        private String defaultValue = "";
        private final List<Option> options = new ArrayList<>();
        private OptionSource source;
        private final List<Condition> visibleWhen = new ArrayList<>();

        private Builder(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public Builder help(String help) {
            this.help = help;
            return this;
        }

        public Builder required() {
            this.required = true;
            return this;
        }

        public Builder defaultValue(String optionId) {
            this.defaultValue = optionId;
            return this;
        }

        public Builder option(String id, String label) {
            this.options.add(Option.of(id, label));
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

        public SelectField build() {
            return new SelectField(key, label, help, required, defaultValue, options,
                    Optional.ofNullable(source), visibleWhen);
        }
    }
}
