package net.mspbridge.host.sandbox.autotask;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A parsed query filter: a condition on one field, or an {@code and}/{@code or} group. Text
 * compares without regard to case (as Autotask's database does); dates compare as date-times; a
 * condition on a missing value is false except {@code notExist}, as in SQL.
 */
sealed interface QueryFilter {

    boolean matches(Map<String, Object> row);

    /** The filter items of a query, all of which must hold. */
    static boolean all(List<QueryFilter> filters, Map<String, Object> row) {
        for (QueryFilter f : filters) {
            if (!f.matches(row)) {
                return false;
            }
        }
        return true;
    }

    enum Op {
        EQ, NOTEQ, GT, GTE, LT, LTE, BEGINSWITH, ENDSWITH, CONTAINS, EXIST, NOTEXIST, IN, NOTIN;

        static Op parse(String text) {
            for (Op op : values()) {
                if (op.name().equalsIgnoreCase(text)) {
                    return op;
                }
            }
            return null;
        }
    }

    /**
     * @param wholeNumbers the values as a set when they are all whole numbers (ids), for a quick
     *                     {@code in}/{@code notIn} on long lists; null otherwise
     */
    record Condition(Op op, FieldDef field, List<Comparable<?>> values, Set<Long> wholeNumbers) implements QueryFilter {

        static Condition of(Op op, FieldDef field, List<Comparable<?>> values) {
            boolean allLong = !values.isEmpty() && values.stream().allMatch(v -> v instanceof Long);
            Set<Long> set = null;
            if (allLong) {
                set = new HashSet<>();
                for (Comparable<?> v : values) {
                    set.add((Long) v);
                }
            }
            return new Condition(op, field, values, set);
        }

        @Override
        public boolean matches(Map<String, Object> row) {
            Object raw = row.get(field.name());
            if (op == Op.EXIST) {
                return raw != null && !(raw instanceof String s && s.isEmpty());
            }
            if (op == Op.NOTEXIST) {
                return raw == null || raw instanceof String s && s.isEmpty();
            }
            if (raw == null) {
                return false;
            }
            Comparable<?> value = WireValues.rowValue(raw);
            return switch (op) {
                case EQ -> compare(value, values.get(0)) == 0;
                case NOTEQ -> compare(value, values.get(0)) != 0;
                case GT -> compare(value, values.get(0)) > 0;
                case GTE -> compare(value, values.get(0)) >= 0;
                case LT -> compare(value, values.get(0)) < 0;
                case LTE -> compare(value, values.get(0)) <= 0;
                case BEGINSWITH -> lower(value).startsWith(lower(values.get(0)));
                case ENDSWITH -> lower(value).endsWith(lower(values.get(0)));
                case CONTAINS -> lower(value).contains(lower(values.get(0)));
                case IN -> wholeNumbers != null && value instanceof Long l ? wholeNumbers.contains(l)
                        : values.stream().anyMatch(v -> compare(value, v) == 0);
                case NOTIN -> wholeNumbers != null && value instanceof Long l ? !wholeNumbers.contains(l)
                        : values.stream().noneMatch(v -> compare(value, v) == 0);
                default -> throw new IllegalStateException("unhandled op " + op);
            };
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static int compare(Comparable<?> a, Comparable<?> b) {
            if (a instanceof String x && b instanceof String y) {
                return x.compareToIgnoreCase(y);
            }
            if (a instanceof BigDecimal x && b instanceof Long y) {
                return x.compareTo(BigDecimal.valueOf(y));
            }
            if (a instanceof Long x && b instanceof BigDecimal y) {
                return BigDecimal.valueOf(x).compareTo(y);
            }
            return ((Comparable) a).compareTo(b);
        }

        private static String lower(Object value) {
            return String.valueOf(value).toLowerCase(Locale.ROOT);
        }
    }

    record Group(boolean and, List<QueryFilter> items) implements QueryFilter {

        @Override
        public boolean matches(Map<String, Object> row) {
            if (and) {
                return all(items, row);
            }
            for (QueryFilter f : items) {
                if (f.matches(row)) {
                    return true;
                }
            }
            return false;
        }
    }
}
