package net.mspbridge.integration.autotask;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One Autotask query filter: a condition on a field ({@code eq noteq gt gte lt lte beginsWith
 * endsWith contains exist notExist in notIn}) or an {@code and} / {@code or} group of filters.
 * Immutable and thread-safe; build with the static methods, e.g.
 * {@code Filter.and(Filter.in("contractID", ids), Filter.gte("endDate", date))}.
 *
 * <p>Values may be text, whole or decimal numbers, booleans, {@link LocalDate} (sent as midnight of
 * that date) or {@link LocalDateTime}. Field names are Autotask's (case-insensitive on its side), such
 * as {@code companyID}. An {@code in} / {@code notIn} list may be longer than one query allows: the
 * client splits it (see {@link Query#MAX_IN_VALUES}).
 */
public final class Filter {

    private final String op;
    private final String field;
    private final Object value;
    private final boolean udf;
    private final List<Filter> items;

    private Filter(String op, String field, Object value, boolean udf, List<Filter> items) {
        this.op = op;
        this.field = field;
        this.value = value;
        this.udf = udf;
        this.items = items;
    }

    public static Filter eq(String field, Object value) {
        return condition("eq", field, value);
    }

    public static Filter noteq(String field, Object value) {
        return condition("noteq", field, value);
    }

    public static Filter gt(String field, Object value) {
        return condition("gt", field, value);
    }

    public static Filter gte(String field, Object value) {
        return condition("gte", field, value);
    }

    public static Filter lt(String field, Object value) {
        return condition("lt", field, value);
    }

    public static Filter lte(String field, Object value) {
        return condition("lte", field, value);
    }

    public static Filter beginsWith(String field, String text) {
        return condition("beginsWith", field, text);
    }

    public static Filter endsWith(String field, String text) {
        return condition("endsWith", field, text);
    }

    public static Filter contains(String field, String text) {
        return condition("contains", field, text);
    }

    /** The field has a value. */
    public static Filter exist(String field) {
        return new Filter("exist", field(field), null, false, List.of());
    }

    /** The field has no value. */
    public static Filter notExist(String field) {
        return new Filter("notExist", field(field), null, false, List.of());
    }

    /** The field's value is one of {@code values} (at least one; repeated values count once). */
    public static Filter in(String field, Collection<?> values) {
        return list("in", field, values);
    }

    /** The field's value is none of {@code values} (at least one; repeated values count once). */
    public static Filter notIn(String field, Collection<?> values) {
        return list("notIn", field, values);
    }

    /** All of {@code items} hold. */
    public static Filter and(Filter... items) {
        return group("and", List.of(items));
    }

    /** All of {@code items} hold. */
    public static Filter and(List<Filter> items) {
        return group("and", items);
    }

    /** At least one of {@code items} holds. */
    public static Filter or(Filter... items) {
        return group("or", List.of(items));
    }

    /** At least one of {@code items} holds. */
    public static Filter or(List<Filter> items) {
        return group("or", items);
    }

    /**
     * This condition on a user-defined field ({@code "udf": true}).
     *
     * @throws IllegalStateException on a group
     */
    public Filter udf() {
        if (isGroup()) {
            throw new IllegalStateException("'udf' applies to a field condition, not to an '" + op + "' group");
        }
        return new Filter(op, field, value, true, items);
    }

    String op() {
        return op;
    }

    String field() {
        return field;
    }

    /** The wire value: String, Long, BigDecimal, Double, Boolean, a List of those, or null. */
    Object value() {
        return value;
    }

    boolean isUdf() {
        return udf;
    }

    List<Filter> items() {
        return items;
    }

    boolean isGroup() {
        return op.equals("and") || op.equals("or");
    }

    boolean isList() {
        return op.equals("in") || op.equals("notIn");
    }

    /** The list values of an in / notIn condition. */
    @SuppressWarnings("unchecked")
    List<Object> values() {
        return (List<Object>) value;
    }

    /** The same in / notIn condition with other values. */
    Filter withValues(List<Object> values) {
        return new Filter(op, field, List.copyOf(values), udf, items);
    }

    /** The same group with other items. */
    Filter withItems(List<Filter> newItems) {
        return new Filter(op, field, value, udf, List.copyOf(newItems));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Filter f && f.op.equals(op) && Objects.equals(f.field, field)
                && Objects.equals(f.value, value) && f.udf == udf && f.items.equals(items);
    }

    @Override
    public int hashCode() {
        return Objects.hash(op, field, value, udf, items);
    }

    /** A compact rendering for messages, e.g. {@code and(contractID in [3 values], endDate gte 2024-05-01T00:00:00.000)}. */
    @Override
    public String toString() {
        if (isGroup()) {
            return op + items.stream().map(Filter::toString).collect(Collectors.joining(", ", "(", ")"));
        }
        String target = (udf ? "udf " : "") + field + " " + op;
        if (value == null) {
            return target;
        }
        return target + " " + (isList() ? "[" + values().size() + " values]" : value);
    }

    private static Filter condition(String op, String field, Object value) {
        String name = field(field);
        return new Filter(op, name, wireValue(name, op, value), false, List.of());
    }

    private static Filter list(String op, String field, Collection<?> values) {
        String name = field(field);
        Objects.requireNonNull(values, "values");
        List<Object> wire = values.stream().map(v -> wireValue(name, op, v)).distinct().toList();
        if (wire.isEmpty()) {
            throw new IllegalArgumentException("the '" + op + "' filter on '" + name
                    + "' needs at least one value; with none, leave the filter out");
        }
        return new Filter(op, name, wire, false, List.of());
    }

    private static Filter group(String op, List<Filter> items) {
        List<Filter> copy = new ArrayList<>(items.size());
        for (Filter item : items) {
            copy.add(Objects.requireNonNull(item, () -> "an '" + op + "' group holds a null filter"));
        }
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("an '" + op + "' group needs at least one filter");
        }
        return new Filter(op, null, null, false, List.copyOf(copy));
    }

    private static String field(String field) {
        Objects.requireNonNull(field, "field");
        if (field.isBlank()) {
            throw new IllegalArgumentException("a filter needs a field name, such as 'id' or 'companyID'");
        }
        return field.strip();
    }

    private static Object wireValue(String field, String op, Object value) {
        if (value == null) {
            throw new IllegalArgumentException("the '" + op + "' filter on '" + field
                    + "' needs a value; to test for a missing value use exist / notExist");
        }
        if (value instanceof CharSequence || value instanceof Character) {
            return value.toString();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        if (value instanceof BigDecimal || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("the '" + op + "' filter on '" + field + "' got " + d
                        + ", which Autotask cannot compare");
            }
            return BigDecimal.valueOf(d);
        }
        if (value instanceof LocalDate date) {
            return AutotaskDates.formatDate(date);
        }
        if (value instanceof LocalDateTime dateTime) {
            return AutotaskDates.formatDateTime(dateTime);
        }
        throw new IllegalArgumentException("the '" + op + "' filter on '" + field + "' got a "
                + value.getClass().getName() + "; values must be text, numbers, booleans or dates");
    }
}
