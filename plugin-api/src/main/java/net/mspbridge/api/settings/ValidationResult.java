package net.mspbridge.api.settings;

import java.util.ArrayList;
import java.util.List;

/**
 * Every problem found in the proposed values of a panel, all at once. The host saves the panel
 * only when {@link #hasErrors()} is false.
 *
 * @param messages the problems, in the order found
 */
public record ValidationResult(List<ValidationMessage> messages) {

    private static final ValidationResult OK = new ValidationResult(List.of());

    public ValidationResult {
        messages = List.copyOf(messages);
    }

    /** No problem. */
    public static ValidationResult ok() {
        return OK;
    }

    public boolean hasErrors() {
        return messages.stream().anyMatch(m -> m.severity() == Severity.ERROR);
    }

    public List<ValidationMessage> errors() {
        return messages.stream().filter(m -> m.severity() == Severity.ERROR).toList();
    }

    public List<ValidationMessage> warnings() {
        return messages.stream().filter(m -> m.severity() == Severity.WARNING).toList();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects messages; validators add to it rather than stopping at the first problem. */
    public static final class Builder {
        private final List<ValidationMessage> messages = new ArrayList<>();

        private Builder() {
        }

        public Builder error(FieldPath path, String pattern, String... arguments) {
            messages.add(new ValidationMessage(Severity.ERROR, path, pattern, List.of(arguments)));
            return this;
        }

        public Builder warning(FieldPath path, String pattern, String... arguments) {
            messages.add(new ValidationMessage(Severity.WARNING, path, pattern, List.of(arguments)));
            return this;
        }

        public Builder addAll(ValidationResult other) {
            messages.addAll(other.messages());
            return this;
        }

        public ValidationResult build() {
            return new ValidationResult(messages);
        }
    }
}
