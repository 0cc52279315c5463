package net.mspbridge.host.sandbox.autotask;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading JSON objects whose member names Autotask matches without regard to case. */
final class JsonFields {

    private JsonFields() {
    }

    /** The member of {@code object} named {@code name} in any case, or null. */
    static JsonNode get(JsonNode object, String name) {
        if (object == null || !object.isObject()) {
            return null;
        }
        JsonNode exact = object.get(name);
        if (exact != null) {
            return exact;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** The member, treating JSON null as absent. */
    static JsonNode present(JsonNode object, String name) {
        JsonNode node = get(object, name);
        return node == null || node.isNull() ? null : node;
    }
}
