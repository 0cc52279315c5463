package net.mspbridge.api.settings;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of text.
 *
 * @param key          storage key
 * @param label        label
 * @param help         help text, empty when none
 * @param required     whether a value is needed to save the panel
 * @param defaultValue the value when none is stored, empty when none
 * @param placeholder  an example shown in an empty box, empty when none
 * @param visibleWhen  conditions for showing the field
 */
public record TextField(
        String key,
        String label,
        String help,
        boolean required,
        String defaultValue,
        String placeholder,
        List<Condition> visibleWhen) implements FieldDefinition {

    public TextField {
        Checks.id(key, "key");
        Checks.text(label, "label");
        Checks.text(help, "help");
        Checks.text(defaultValue, "defaultValue");
        Checks.text(placeholder, "placeholder");
        visibleWhen = List.copyOf(visibleWhen);
    }

    @Override
    public FieldKind kind() {
        return FieldKind.TEXT;
    }

    public static Builder builder(String key, String label) {
        return new Builder(key, label);
    }

    /** Builds a {@link TextField}; only key and label are needed. */
    public static final class Builder {
        private final String key;
        private final String label;
        private String help = "";
        private boolean required;
        private String defaultValue = "";
        private String placeholder = "";
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

        public Builder defaultValue(String defaultValue) {
            this.defaultValue = defaultValue;
            return this;
        }

        public Builder placeholder(String placeholder) {
            this.placeholder = placeholder;
            return this;
        }

        public Builder visibleWhen(Condition condition) {
            this.visibleWhen.add(condition);
            return this;
        }

        public TextField build() {
            return new TextField(key, label, help, required, defaultValue, placeholder, visibleWhen);
        }
    }
}
