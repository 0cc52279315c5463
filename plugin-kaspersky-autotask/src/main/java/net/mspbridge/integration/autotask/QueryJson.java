package net.mspbridge.integration.autotask;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes queries in Autotask's wire format: {@code {"filter":[...],"includeFields":[...],"maxRecords":N}}
 * with filter items {@code {"op":"eq","field":"id","value":1}}, {@code "udf":true} on user-defined
 * fields and groups {@code {"op":"and","items":[...]}}.
 */
final class QueryJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private QueryJson() {
    }

    /** The body of {@code POST {Entity}/query}. */
    static byte[] query(Query query) {
        ObjectNode body = filterBody(query.filters());
        if (!query.includeFields().isEmpty()) {
            ArrayNode fields = body.putArray("includeFields");
            query.includeFields().forEach(fields::add);
        }
        query.maxRecords().ifPresent(n -> body.put("maxRecords", n));
        return bytes(body);
    }

    /** The body of {@code POST {Entity}/query/count}: the filters only. */
    static byte[] count(Query query) {
        return bytes(filterBody(query.filters()));
    }

    static ObjectNode filter(Filter filter) {
        ObjectNode node = NODES.objectNode();
        node.put("op", filter.op());
        if (filter.isGroup()) {
            ArrayNode items = node.putArray("items");
            filter.items().forEach(item -> items.add(filter(item)));
            return node;
        }
        node.put("field", filter.field());
        if (filter.isUdf()) {
            node.put("udf", true);
        }
        if (filter.value() != null) {
            if (filter.isList()) {
                ArrayNode values = node.putArray("value");
                filter.values().forEach(v -> values.add(value(v)));
            } else {
                node.set("value", value(filter.value()));
            }
        }
        return node;
    }

    private static ObjectNode filterBody(List<Filter> filters) {
        ObjectNode body = NODES.objectNode();
        ArrayNode array = body.putArray("filter");
        filters.forEach(f -> array.add(filter(f)));
        return body;
    }

    private static JsonNode value(Object value) {
        if (value instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (value instanceof BigDecimal d) {
            return NODES.numberNode(d);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        return NODES.textNode(value.toString());
    }

    private static byte[] bytes(ObjectNode node) {
        try {
            return Json.MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an Autotask query as JSON", e);
        }
    }
}
