package net.mspbridge.integration.kaspersky.ksc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reading values out of KSC's JSON serialisation of Params. Inside arrays and for some types KSC
 * wraps a value as {@code {"type":"params","value":{...}}} or
 * {@code {"type":"datetime","value":"2027-01-31T00:00:00Z"}} (also {@code long}, {@code binary});
 * every reader here unwraps such a value first, so plain and wrapped forms read the same.
 */
final class KscValues {

    private KscValues() {
    }

    /** The value inside a {@code {"type":..., "value":...}} wrapper, or the node itself. */
    static JsonNode unwrap(JsonNode node) {
        if (node != null && node.isObject() && node.size() == 2 && node.has("type") && node.has("value")
                && node.get("type").isTextual()) {
            return node.get("value");
        }
        return node;
    }

    /** The field of a params object, unwrapped; empty when absent or null. */
    static Optional<JsonNode> field(JsonNode params, String name) {
        JsonNode value = params == null ? null : unwrap(params.get(name));
        return value == null || value.isNull() || value.isMissingNode() ? Optional.empty() : Optional.of(value);
    }

    static Optional<String> text(JsonNode params, String name) {
        return field(params, name).filter(JsonNode::isValueNode).map(JsonNode::asText);
    }

    static Optional<Long> number(JsonNode params, String name) {
        return field(params, name).flatMap(value -> {
            if (value.isNumber()) {
                return Optional.of(value.asLong());
            }
            if (value.isTextual()) {
                try {
                    return Optional.of(Long.parseLong(value.asText().strip()));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        });
    }

    static boolean flag(JsonNode params, String name) {
        return field(params, name).map(value -> value.isBoolean() ? value.asBoolean()
                : value.isNumber() ? value.asLong() != 0 : Boolean.parseBoolean(value.asText())).orElse(false);
    }

    /**
     * A datetime field; empty when absent or null.
     *
     * @throws IllegalArgumentException when present but not an ISO-8601 date-time with offset
     */
    static Optional<Instant> dateTime(JsonNode params, String name) {
        Optional<String> text = text(params, name).map(String::strip).filter(t -> !t.isEmpty());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.get()).toInstant());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " is not an ISO-8601 date-time with offset: '" + text.get() + "'", e);
        }
    }
}
