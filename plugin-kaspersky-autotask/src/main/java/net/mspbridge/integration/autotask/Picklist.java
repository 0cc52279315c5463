package net.mspbridge.integration.autotask;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The values of one picklist field of one entity, as Autotask's {@code entityInformation/fields}
 * gives them. Resolve labels with {@link #byLabel(String)} rather than hard-coding numbers: the
 * numbers of most picklists differ between Autotask databases.
 *
 * @param entity the entity, e.g. {@code Contracts}
 * @param field  the field, e.g. {@code contractType}
 * @param values the values in Autotask's order
 */
public record Picklist(String entity, String field, List<PicklistValue> values) {

    public Picklist {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(field, "field");
        values = List.copyOf(values);
    }

    /** The value whose label is {@code label}, ignoring case and surrounding blanks. */
    public Optional<PicklistValue> findLabel(String label) {
        String wanted = normalise(label);
        return values.stream().filter(v -> normalise(v.label()).equals(wanted)).findFirst();
    }

    /**
     * The value whose label is {@code label}, ignoring case and surrounding blanks.
     *
     * @throws AutotaskPicklistException when no value has that label; the message lists the labels
     */
    public PicklistValue byLabel(String label) {
        return findLabel(label).orElseThrow(() -> new AutotaskPicklistException(entity, field,
                "no value is labelled '" + label + "'; Autotask offers "
                        + values.stream().map(v -> "'" + v.label() + "'").collect(Collectors.joining(", "))));
    }

    /** The entry for a value as Autotask sends it, e.g. {@code "7"}. */
    public Optional<PicklistValue> find(String value) {
        String wanted = value.strip();
        return values.stream().filter(v -> v.value() != null && v.value().strip().equals(wanted)).findFirst();
    }

    /**
     * The label of a numeric value: empty for null, the number as text when the picklist does not
     * know it (so a value Autotask added later still shows).
     */
    public String labelOf(Integer value) {
        if (value == null) {
            return "";
        }
        return find(String.valueOf(value)).map(PicklistValue::label).orElse(String.valueOf(value));
    }

    private static String normalise(String label) {
        return label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
    }
}
