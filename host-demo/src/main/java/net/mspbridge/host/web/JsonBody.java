package net.mspbridge.host.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.javalin.http.Context;

/**
 * A request body read strictly: JSON only, an object at the top, only the properties the endpoint
 * knows, every value of the expected type. Each problem is an {@link ApiError} (400, or 415 for
 * another content type) that names the property and what is expected.
 */
final class JsonBody {

    private final JsonNode root;

    private JsonBody(JsonNode root) {
        this.root = root;
    }

    /**
     * Reads the body of the request.
     *
     * @param allowed the properties the endpoint takes
     */
    static JsonBody of(Context ctx, Set<String> allowed) {
        if (!isJson(ctx.contentType())) {
            throw new ApiError(415, "unsupported-media-type", "send the request body as JSON (Content-Type: application/json)");
        }
        String body = ctx.body();
        if (body.isBlank()) {
            throw ApiError.badRequest("the request body is empty; send a JSON object");
        }
        JsonNode root;
        try {
            root = WebJson.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("the request body is not valid JSON: " + JsonProblem.describe(e));
        }
        if (root == null || !root.isObject()) {
            throw ApiError.badRequest("the request body must be a JSON object");
        }
        root.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                throw ApiError.badRequest("unknown property '" + abbreviate(name) + "'; this request takes "
                        + new java.util.TreeSet<>(allowed));
            }
        });
        return new JsonBody(root);
    }

    /**
     * Exactly {@code application/json}, with or without parameters such as {@code charset}: not
     * {@code application/jsonx}, not {@code application/json-patch+json}.
     */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
        return type.equalsIgnoreCase("application/json");
    }

    boolean has(String name) {
        return root.has(name) && !root.get(name).isNull();
    }

    String requiredText(String name) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            throw ApiError.badRequest("'" + name + "' is missing");
        }
        if (!node.isTextual()) {
            throw ApiError.badRequest("'" + name + "' must be a string");
        }
        return node.textValue();
    }

    long requiredLong(String name) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            throw ApiError.badRequest("'" + name + "' is missing");
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw ApiError.badRequest("'" + name + "' must be a whole number");
        }
        return node.longValue();
    }

    boolean requiredBoolean(String name) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            throw ApiError.badRequest("'" + name + "' is missing");
        }
        if (!node.isBoolean()) {
            throw ApiError.badRequest("'" + name + "' must be true or false");
        }
        return node.booleanValue();
    }

    /** An object of strings, such as {@code "values": {"key": "text"}}; empty when absent. */
    Map<String, String> stringMap(String name) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            return Map.of();
        }
        return strings(node, name);
    }

    /** An object of objects of objects of strings: {@code "tables": {key: {row: {column: text}}}}. */
    Map<String, Map<String, Map<String, String>>> tables(String name) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw ApiError.badRequest("'" + name + "' must be an object of tables");
        }
        Map<String, Map<String, Map<String, String>>> tables = new LinkedHashMap<>();
        node.fields().forEachRemaining(table -> {
            String tablePath = name + "." + abbreviate(table.getKey());
            if (!table.getValue().isObject()) {
                throw ApiError.badRequest("'" + tablePath + "' must be an object of rows");
            }
            Map<String, Map<String, String>> rows = new LinkedHashMap<>();
            table.getValue().fields().forEachRemaining(row -> {
                requireKey(row.getKey(), tablePath);
                rows.put(row.getKey(), strings(row.getValue(), tablePath + "." + abbreviate(row.getKey())));
            });
            requireKey(table.getKey(), name);
            tables.put(table.getKey(), rows);
        });
        return tables;
    }

    /** An array of strings; empty when absent. */
    List<String> stringList(String name) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw ApiError.badRequest("'" + name + "' must be an array of strings");
        }
        List<String> values = new java.util.ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw ApiError.badRequest("'" + name + "' must be an array of strings");
            }
            values.add(item.textValue());
        }
        return values;
    }

    private static Map<String, String> strings(JsonNode node, String path) {
        if (!node.isObject()) {
            throw ApiError.badRequest("'" + path + "' must be an object of strings");
        }
        Map<String, String> values = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> {
            requireKey(entry.getKey(), path);
            if (!entry.getValue().isTextual()) {
                throw ApiError.badRequest("'" + path + "." + abbreviate(entry.getKey()) + "' must be a string");
            }
            values.put(entry.getKey(), entry.getValue().textValue());
        });
        return values;
    }

    private static void requireKey(String key, String path) {
        if (key.isBlank()) {
            throw ApiError.badRequest("'" + path + "' has an empty key");
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
