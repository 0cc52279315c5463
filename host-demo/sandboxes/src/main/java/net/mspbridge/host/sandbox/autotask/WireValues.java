package net.mspbridge.host.sandbox.autotask;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Values between the wire and the sandbox's rows. Row values are Long (ids and integers),
 * BigDecimal, Boolean, String, LocalDate (date fields, midnight UTC on the wire) or a List (UDFs).
 */
final class WireValues {

    /** Autotask writes date-times as {@code yyyy-MM-ddTHH:mm:ss.SSSZ}, UTC. */
    private static final DateTimeFormatter WIRE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

    private WireValues() {
    }

    static String format(LocalDate date) {
        return WIRE.format(date.atStartOfDay());
    }

    static String format(Instant instant) {
        return WIRE.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** The JSON of a row value. */
    static JsonNode toJson(Object value) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (value == null) {
            return f.nullNode();
        }
        if (value instanceof Long l) {
            return f.numberNode(l);
        }
        if (value instanceof Integer i) {
            return f.numberNode(i);
        }
        if (value instanceof BigDecimal d) {
            return f.numberNode(d);
        }
        if (value instanceof Boolean b) {
            return f.booleanNode(b);
        }
        if (value instanceof LocalDate d) {
            return f.textNode(format(d));
        }
        if (value instanceof Instant i) {
            return f.textNode(format(i));
        }
        if (value instanceof List<?> list) {
            ArrayNode array = f.arrayNode();
            list.forEach(v -> array.add(toJson(v)));
            return array;
        }
        return f.textNode(value.toString());
    }

    /**
     * A date from the wire: {@code 2026-05-01}, {@code 2026-05-01T00:00:00}, with fraction, {@code Z}
     * or an offset. Autotask keeps the date (UTC) of date-only fields.
     *
     * @throws AutotaskErrorAnswer (500) naming the field when the text is no date
     */
    static LocalDate parseDate(String text, String field) {
        return parseDateTime(text, field).toLocalDate();
    }

    /** A date-time from the wire, in UTC; see {@link #parseDate}. */
    static LocalDateTime parseDateTime(String text, String field) {
        String t = text.trim();
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay();
            }
            if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(t).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            }
            return LocalDateTime.parse(t);
        } catch (DateTimeParseException e) {
            throw AutotaskErrorAnswer.invalid("The value '" + text + "' of " + field + " is not a valid date (use yyyy-MM-ddTHH:mm:ss.SSSZ).");
        }
    }

    /**
     * A filter value for a field of the given type, ready to compare with row values.
     *
     * @throws AutotaskErrorAnswer (500) when the value does not fit the field
     */
    static Comparable<?> filterValue(JsonNode node, FieldDef field) {
        if (node == null || node.isNull()) {
            throw AutotaskErrorAnswer.invalid("The filter on " + field.name() + " needs a value.");
        }
        String name = field.name();
        switch (field.type()) {
            case LONG, INTEGER -> {
                if (node.isIntegralNumber()) {
                    return node.longValue();
                }
                if (node.isTextual() && node.asText().trim().matches("-?\\d{1,18}")) {
                    return Long.parseLong(node.asText().trim());
                }
                throw AutotaskErrorAnswer.invalid("The value " + node + " for " + name + " is not a whole number.");
            }
            case DECIMAL -> {
                if (node.isNumber()) {
                    return node.decimalValue();
                }
                try {
                    return new BigDecimal(node.asText().trim());
                } catch (NumberFormatException e) {
                    throw AutotaskErrorAnswer.invalid("The value " + node + " for " + name + " is not a number.");
                }
            }
            case BOOLEAN -> {
                if (node.isBoolean()) {
                    return node.booleanValue();
                }
                if (node.isTextual() && (node.asText().equalsIgnoreCase("true") || node.asText().equalsIgnoreCase("false"))) {
                    return Boolean.parseBoolean(node.asText());
                }
                throw AutotaskErrorAnswer.invalid("The value " + node + " for " + name + " must be true or false.");
            }
            case DATETIME -> {
                if (!node.isTextual()) {
                    throw AutotaskErrorAnswer.invalid("The value " + node + " for " + name + " must be a date text.");
                }
                return parseDateTime(node.asText(), name);
            }
            case STRING -> {
                if (node.isContainerNode()) {
                    throw AutotaskErrorAnswer.invalid("The value " + node + " for " + name + " must be a single value.");
                }
                return node.asText();
            }
            default -> throw AutotaskErrorAnswer.invalid("The field " + name + " cannot be filtered on.");
        }
    }

    /** A row value made comparable with filter values of its field. */
    static Comparable<?> rowValue(Object value) {
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof LocalDate d) {
            return d.atStartOfDay();
        }
        return (Comparable<?>) value;
    }
}
